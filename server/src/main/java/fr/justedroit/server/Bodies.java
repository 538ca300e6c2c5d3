package fr.justedroit.server;

import fr.justedroit.InputError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** Reads request bodies within a size limit, as strict UTF-8. */
final class Bodies {
    private Bodies() {
    }

    /**
     * The body as text.
     *
     * @throws HttpProblem 413 when it has more than {@code maxBytes} bytes (refused from its
     *     Content-Length when it gives one, before anything is read), 400 when it is not UTF-8
     */
    static String text(Request request, int maxBytes) throws HttpProblem, IOException {
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes", maxBytes);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] buffer = new byte[8192];
        try (InputStream in = Content.Source.asInputStream(request)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (body.size() + n > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
                }
                body.write(buffer, 0, n);
            }
        }
        return utf8(body.toByteArray(), "(request)");
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error, not a replacement character. */
    static String utf8(byte[] bytes, String path) throws HttpProblem {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("the request breaks the contract",
                    new InputError(path, "not valid UTF-8", "JSON text encoded in UTF-8"));
        }
    }

    static HttpProblem tooLarge(String size, long maxBytes) {
        return new HttpProblem(413, "the request is too large", List.of(new InputError("(request)",
                "the body has " + size, "at most " + maxBytes + " bytes (the server's size limit)")));
    }
}
