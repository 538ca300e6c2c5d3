package fr.justedroit;

import java.util.List;
import java.util.stream.Collectors;

/** A request breaks the contract; each error names its field by path. */
public final class InvalidRequestException extends JusteDroitException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputError> errors;

    /** How many errors the exception's message words; {@link #errors()} has them all. */
    static final int ERRORS_IN_MESSAGE = 10;

    public InvalidRequestException(List<InputError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    // A request of thousands of bad incomes would otherwise make a message of megabytes.
    private static String message(List<InputError> errors) {
        String first = errors.stream().limit(ERRORS_IN_MESSAGE).map(InputError::toString)
                .collect(Collectors.joining("; "));
        int more = errors.size() - ERRORS_IN_MESSAGE;
        return more > 0 ? first + "; and " + more + " more" : first;
    }

    public InvalidRequestException(InputError error) {
        this(List.of(error));
    }

    /** Every error found, at least one. */
    public List<InputError> errors() {
        return errors;
    }
}
