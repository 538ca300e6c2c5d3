package fr.justedroit.check;

/**
 * One problem {@link RuleSetChecks} found in the rule sets.
 *
 * @param kind what kind of problem
 * @param file the file concerned, relative to the rule-set root ({@code rsa/parameters.yaml}), with
 *     {@code :line} when known
 * @param subject the rule, parameter or message key concerned, or {@code null}
 * @param message what is wrong, for people
 */
public record CheckProblem(Kind kind, String file, String subject, String message) {

    /** The kinds of problem, each with the short label reports print. */
    public enum Kind {
        /** A DRL file does not compile, or a parameter or message file is malformed (overlapping dates included). */
        LOAD_ERROR("load error"),
        /** A parameter has no value, and no explicit "not in force", for part of the months checked. */
        PARAMETER_GAP("parameter gap"),
        /** A rule cites no legal reference ({@code @legalRef}). */
        MISSING_LEGAL_REF("no legal reference"),
        /** A parameter that no rule or function names. */
        UNREAD_PARAMETER("unread parameter"),
        /** A rule reads a parameter id that no parameter file defines. */
        UNKNOWN_PARAMETER("unknown parameter"),
        /** A rule explains a step, or names a term, with no sentence in one of the languages. */
        MISSING_MESSAGE("missing message"),
        /** A sentence is malformed: unbalanced braces, a numbered argument, a bad {@code {$id}} placeholder. */
        MALFORMED_MESSAGE("malformed message"),
        /** A sentence names a value its rule does not give, or a parameter its rule does not read or that does not exist. */
        UNKNOWN_ARGUMENT("unknown argument"),
        /** A sentence writes a legal figure (a parameter's value, or a number with a unit of the law) instead of naming the parameter. */
        FIGURE_IN_SENTENCE("figure in sentence"),
        /** A rule's {@code @legalRef}, a parameter's source or a sentence cites an article or a text that the table of legal texts does not list. */
        UNKNOWN_LEGAL_TEXT("unknown legal text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The short label printed in reports. */
        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.label()).append(": ").append(file == null ? "(rule sets)" : file);
        if (subject != null) {
            sb.append(" [").append(subject).append(']');
        }
        return sb.append(": ").append(message).toString();
    }
}
