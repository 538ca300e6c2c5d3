package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line, the examples and the benchmarks stand on the public API only, as an embedding
 * application would: if one of them needs an internal class, the API lacks something.
 */
class PublicApiOnlyTest {

    @Test
    void toolsImportNothingInternal() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.of("cli", "examples", "benchmarks")
                .map(m -> Path.of("..", m, "src", "main", "java")).filter(Files::isDirectory)
                .flatMap(PublicApiOnlyTest::walk)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("fr.justedroit.internal")).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
