package fr.justedroit.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files (HTML, CSS, JavaScript), read from the jar once. Nothing is fetched from anywhere
 * else at run time: the page works on a machine without a network.
 */
final class WebResources {
    static final String FOLDER = "justedroit/server/web/";

    /** A file to serve: its content type and bytes. */
    record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> byPath;

    private WebResources(Map<String, File> byPath) {
        this.byPath = byPath;
    }

    static WebResources load() {
        return new WebResources(Map.of(
                "/", read("index.html", "text/html; charset=utf-8"),
                "/index.html", read("index.html", "text/html; charset=utf-8"),
                "/app.js", read("app.js", "text/javascript; charset=utf-8"),
                "/style.css", read("style.css", "text/css; charset=utf-8")));
    }

    private static File read(String name, String type) {
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the class path");
            }
            return new File(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<File> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
