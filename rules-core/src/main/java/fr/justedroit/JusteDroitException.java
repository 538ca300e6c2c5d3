package fr.justedroit;

/** The root of the library's exceptions; every message is meant to be shown to a person as is. */
public class JusteDroitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JusteDroitException(String message) {
        super(message);
    }

    public JusteDroitException(String message, Throwable cause) {
        super(message, cause);
    }
}
