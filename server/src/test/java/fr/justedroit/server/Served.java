package fr.justedroit.server;

import fr.justedroit.JusteDroit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The bundled catalog's engine, built once for the tests, and an HTTP client speaking to a started service. */
final class Served {
    private static JusteDroit engine;

    private Served() {
    }

    static synchronized JusteDroit engine() {
        if (engine == null) {
            engine = JusteDroit.builder().catalog().build();
        }
        return engine;
    }

    /** A service on a free loopback port. */
    static JusteDroitServer start(ServerLimits limits) throws Exception {
        return JusteDroitServer.start(engine(), "127.0.0.1", 0, limits);
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> get(JusteDroitServer server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(JusteDroitServer server, String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(postRequest(server.uri().resolve(path), body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest postRequest(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** A file of the project's {@code examples/households} folder. */
    static String household(String name) throws IOException {
        return Files.readString(Path.of("..", "examples", "households", name), StandardCharsets.UTF_8);
    }
}
