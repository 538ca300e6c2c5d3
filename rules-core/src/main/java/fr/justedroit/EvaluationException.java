package fr.justedroit;

/**
 * The rules could not decide a valid request, for example because a parameter they read has no
 * value for the month. No decision is returned rather than a wrong one.
 */
public final class EvaluationException extends JusteDroitException {
    private static final long serialVersionUID = 1L;

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvaluationException(String message) {
        super(message);
    }
}
