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
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads request bodies within a size limit, as strict UTF-8, and reads to its end the body of a request
 * that is refused.
 *
 * <p>Why a refused body is still read: a client sends its whole body before it reads the answer (the JDK's
 * {@code HttpClient}, curl, most others). If the service answered and closed the connection while the
 * body is still coming, the client's next write would fail (a broken pipe, a reset) and it would report
 * that instead of the answer; how often depends only on how fast each side runs. Reading the rest first
 * makes the answer always arrive, and the connection stays open for the next request. Past
 * {@link #MAX_DISCARDED_BYTES} the rest is not read: the answer is sent and the connection closed (a
 * client sending that much past the limit is not owed more).
 */
final class Bodies {
    /** The most bytes of a refused body read (and dropped) before answering: 2 MiB. */
    static final long MAX_DISCARDED_BYTES = 2L << 20;

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
            discard(request);
            throw tooLarge(declared + " bytes", maxBytes);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] buffer = new byte[8192];
        try (InputStream in = Content.Source.asInputStream(request)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (body.size() + n > maxBytes) {
                    skip(in, MAX_DISCARDED_BYTES); // before the stream closes: closing it unread ends the connection
                    throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
                }
                body.write(buffer, 0, n);
            }
        }
        return utf8(body.toByteArray(), "(request)");
    }

    /**
     * Reads what remains of a refused request's body, at most {@link #MAX_DISCARDED_BYTES}, and drops it,
     * so that the client, still sending, gets the answer (see the class). Nothing is read when the client
     * waits for a {@code 100 Continue} before it sends its body: the answer alone tells it not to.
     */
    static void discard(Request request) {
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            return;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            skip(in, MAX_DISCARDED_BYTES);
        } catch (IOException e) {
            // The body ended badly or the connection is lost: the answer goes out, or not, all the same.
        }
    }

    /** Reads and drops at most {@code max} bytes of {@code in}: whether its end was reached. */
    static boolean skip(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - skipped));
            if (n < 0) {
                return true;
            }
            skipped += n;
        }
        return false;
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
