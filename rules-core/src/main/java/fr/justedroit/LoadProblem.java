package fr.justedroit;

/**
 * One problem found while loading a rule set: a DRL that does not compile, or a parameter or
 * message file that is malformed.
 *
 * @param file the file, relative to the rule-set root
 * @param line the line in the file, or 0 when not known
 * @param key the parameter or message key concerned, or {@code null}
 * @param message what is wrong
 */
public record LoadProblem(String file, int line, String key, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (key != null) {
            sb.append(" [").append(key).append(']');
        }
        return sb.append(": ").append(message).toString();
    }
}
