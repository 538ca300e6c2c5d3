package fr.justedroit.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand on one socket, for what a ready-made client hides: when the status line
 * arrives, a body sent in pieces, several requests on one connection.
 */
final class RawHttp implements AutoCloseable {
    /** Only a guard against a service that never answers: no test depends on how fast it does. */
    private static final int READ_GUARD_MS = 300_000;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(JusteDroitServer server) throws IOException {
        socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(READ_GUARD_MS);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** The status line and headers of a POST whose body is sent in chunks ({@link #chunk}, {@link #lastChunk}). */
    void startChunkedPost(String path, String contentType) throws IOException {
        send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    }

    void chunk(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        send(Integer.toHexString(bytes.length) + "\r\n");
        out.write(bytes);
        send("\r\n");
    }

    void lastChunk() throws IOException {
        send("0\r\n\r\n");
    }

    /** A whole POST with its Content-Length. */
    void post(String path, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\n\r\n");
        out.write(bytes);
        out.flush();
    }

    private void send(String ascii) throws IOException {
        out.write(ascii.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status line and headers of the next response (header names in lower case). */
    Head readHead() throws IOException {
        String status = line();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        return new Head(status, headers);
    }

    /** The body that follows {@code head}, to its end (chunked or by its Content-Length). */
    String readBody(Head head) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers, none expected
            }
        } else {
            body.write(in.readNBytes(Integer.parseInt(head.headers().getOrDefault("content-length", "0"))));
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("the connection closed in the middle of a response");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A response's status line and headers. */
    record Head(String status, Map<String, String> headers) {
        int code() {
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
