package fr.justedroit;

import java.util.List;
import java.util.stream.Collectors;

/** A request breaks the contract; each error names its field by path. */
public final class InvalidRequestException extends JusteDroitException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputError> errors;

    public InvalidRequestException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(InputError error) {
        this(List.of(error));
    }

    /** Every error found, at least one. */
    public List<InputError> errors() {
        return errors;
    }
}
