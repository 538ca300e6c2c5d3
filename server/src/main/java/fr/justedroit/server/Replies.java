package fr.justedroit.server;

import fr.justedroit.InputError;
import fr.justedroit.JusteDroit;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes whole responses: a status, a content type and a body. */
final class Replies {
    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    private Replies() {
    }

    static void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static void json(Response response, Callback callback, String body) {
        send(response, callback, 200, JSON, body);
    }

    /** The contract's error object, {@code {"error": {"message", "errors": [{path, problem, expected}]}}}, and a newline. */
    static void error(Response response, Callback callback, int status, String message, List<InputError> errors) {
        send(response, callback, status, JSON, JusteDroit.errorJsonLine(message, errors, null) + "\n");
    }

    static void error(Response response, Callback callback, HttpProblem problem) {
        if (problem.status() == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        error(response, callback, problem.status(), problem.getMessage(), problem.errors());
    }
}
