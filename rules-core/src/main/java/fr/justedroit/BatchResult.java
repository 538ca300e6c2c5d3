package fr.justedroit;

import java.util.List;

/**
 * What a batch made of one entry, in the order of the entries.
 *
 * @param line the entry's line (1-based)
 * @param outcome decided, refused (it breaks the contract) or failed (the rules could not decide it)
 * @param response the decisions, or {@code null} unless {@link Outcome#DECIDED}
 * @param message for people, unless decided: {@code "line 3 breaks the contract"}, or why the rules could not decide
 * @param errors what breaks the contract, each with its path (empty unless refused)
 */
public record BatchResult(long line, Outcome outcome, Response response, String message, List<InputError> errors) {

    /** What became of an entry. */
    public enum Outcome {
        /** Decided: the response holds the decisions. */
        DECIDED,
        /** Refused: the entry breaks the contract. */
        REFUSED,
        /** The rules could not decide a valid request (a parameter missing for its month...). */
        FAILED
    }

    public BatchResult {
        errors = List.copyOf(errors);
    }
}
