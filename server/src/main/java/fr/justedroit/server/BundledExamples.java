package fr.justedroit.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example households of the project ({@code examples/households/*.json}), copied into the jar by
 * the build and read once: the page offers them, {@code GET /examples/NAME} serves them.
 */
final class BundledExamples {
    static final String FOLDER = "justedroit/server/examples";

    private final Map<String, String> byName;

    private BundledExamples(Map<String, String> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    static BundledExamples load() {
        URL url = BundledExamples.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return new BundledExamples(new TreeMap<>());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new BundledExamples(read(jar.getPath(FOLDER)));
                }
            }
            return new BundledExamples(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    all.put(p.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all;
    }

    /** The file names, sorted. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The request of one example, by file name. */
    Optional<String> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** {@code {"examples": [{"name", "href"}]}}. */
    String index() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("examples");
        byName.keySet().forEach(n -> list.addObject().put("name", n.substring(0, n.length() - ".json".length()))
                .put("href", "/examples/" + n));
        return Json.write(root);
    }
}
