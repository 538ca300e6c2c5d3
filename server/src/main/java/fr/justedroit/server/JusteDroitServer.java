package fr.justedroit.server;

import fr.justedroit.JusteDroit;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The engine over HTTP, on Jetty 12 (its core handler API: no servlet container).
 *
 * <pre>{@code
 * JusteDroit engine = JusteDroit.builder().catalog().build();
 * try (JusteDroitServer server = JusteDroitServer.start(engine, "127.0.0.1", 8080, ServerLimits.DEFAULT)) {
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code POST /decide}, {@code POST /decide/text}, {@code POST /batch}, {@code POST /sweep},
 * {@code GET /rules}, {@code GET /parameters}, {@code GET /health}, {@code GET /examples},
 * {@code GET /openapi.json}, and the page at {@code /}.
 */
public final class JusteDroitServer implements AutoCloseable {
    /** How long a connection may stay silent (two minutes). */
    static final long IDLE_TIMEOUT_MS = 120_000;

    private final Server server;
    private final ServerConnector connector;

    private JusteDroitServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the service on {@code host}:{@code port} ({@code 0}: a free port, see {@link #port()}).
     *
     * @throws java.io.IOException if the port cannot be bound
     */
    public static JusteDroitServer start(JusteDroit engine, String host, int port, ServerLimits limits) throws Exception {
        // Enough threads for every admitted request (deciding or waiting) and a few for GETs.
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxConcurrent() + limits.maxQueued() + 16, 4);
        threads.setName("justedroit-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        // A request waiting for its turn makes no I/O: the idle timeout must outlast a full queue.
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.setHandler(new Routes(engine, limits));
        server.setErrorHandler(JusteDroitServer::error);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new JusteDroitServer(server, connector);
    }

    /**
     * What Jetty answers itself (a malformed HTTP message, a header too large...): the contract's
     * error object with the status, never Jetty's HTML page or a stack trace.
     */
    private static boolean error(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        String body = JusteDroit.errorJsonLine("HTTP " + status + ": " + HttpStatus.getMessage(status), List.of(), null) + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Replies.JSON);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** The port the service listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The service's base address, for example {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = connector.getHost() == null ? "localhost" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Waits until the service stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the service: requests in progress are finished first. */
    @Override
    public void close() throws Exception {
        server.stop();
    }
}
