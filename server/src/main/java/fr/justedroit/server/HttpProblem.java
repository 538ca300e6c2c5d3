package fr.justedroit.server;

import fr.justedroit.InputError;
import java.util.List;

/**
 * A request the service refuses before deciding it: its HTTP status and the contract's error object
 * (a message and the errors by path).
 */
final class HttpProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<InputError> errors;

    HttpProblem(int status, String message, List<InputError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static HttpProblem badRequest(String message, InputError error) {
        return new HttpProblem(400, message, List.of(error));
    }

    int status() {
        return status;
    }

    List<InputError> errors() {
        return errors;
    }
}
