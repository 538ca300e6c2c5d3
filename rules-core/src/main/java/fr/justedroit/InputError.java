package fr.justedroit;

/**
 * What is wrong with one field of a request.
 *
 * @param path the field, for example {@code household.persons[1].birthDate}
 * @param problem what is wrong with it
 * @param expected what is expected instead
 */
public record InputError(String path, String problem, String expected) {

    @Override
    public String toString() {
        return path + ": " + problem + " (expected " + expected + ")";
    }
}
