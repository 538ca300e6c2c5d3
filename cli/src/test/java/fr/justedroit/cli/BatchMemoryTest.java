package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.synthetic.HouseholdGenerator;
import fr.justedroit.synthetic.HouseholdLines;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate FILE.jsonl} in constant memory: a child JVM with a small heap decides a file several
 * times larger than its heap, in order, with its bad lines reported. The default test keeps to a
 * quick size (a 64 MiB heap, a 256 MiB file of households padded with blanks, so that few decisions
 * fill many bytes); {@link #twoGigabytesOfHouseholdsWithin512Megabytes} is the full size, run on
 * demand: {@code mvn -B -pl cli -am test -Dtest=BatchMemoryTest -Djustedroit.largeBatch=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Djustedroit.largeBatch.bytes=N} for another size).
 */
class BatchMemoryTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 9);

    @Test
    void aFileFourTimesTheHeapIsDecidedInOrder(@TempDir Path dir) throws Exception {
        // 40 distinct households, each line padded with 256 KiB of blanks inside its object; every 37th line is bad.
        HouseholdLines households = new HouseholdLines(new HouseholdGenerator(5), MONTH, null, 0);
        int distinct = 40;
        List<String> pool = new ArrayList<>();
        for (int i = 1; i <= distinct; i++) {
            pool.add(households.line(i));
        }
        Path poolFile = Files.write(dir.resolve("pool.jsonl"), pool);
        List<String> expected = Cli.run("evaluate", poolFile.toString()).out().lines().toList();
        assertThat(expected).hasSize(distinct).allMatch(l -> l.startsWith("{\"month\""));

        String padding = " ".repeat(256 * 1024);
        Path big = dir.resolve("big.jsonl");
        long lines = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            while (Files.size(big) < 256L << 20) {
                lines++;
                String line = lines % 37 == 0 ? "{\"month\": \"2025-09\", \"household\": 12" + padding + "}"
                        : "{" + padding + pool.get((int) ((lines - 1) % distinct)).substring(1);
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (lines % 64 == 0) {
                    out.flush();
                }
            }
        }
        Path output = evaluateInChildJvm(big, "-Xmx64m", dir);
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(output)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (n % 37 == 0) {
                    assertThat(line).as("line %d", n).startsWith("{\"error\":{\"line\":" + n + ",").contains("\"path\":\"household\"");
                } else {
                    assertThat(line).as("line %d", n).isEqualTo(expected.get((int) ((n - 1) % distinct)));
                }
            }
        }
        assertThat(n).isEqualTo(lines);
    }

    @Test
    @EnabledIfSystemProperty(named = "justedroit.largeBatch", matches = "true")
    void twoGigabytesOfHouseholdsWithin512Megabytes(@TempDir Path dir) throws Exception {
        // Distinct generated households of September 2025 with incomes since 2021; every 1000th line is bad.
        HouseholdLines households = new HouseholdLines(new HouseholdGenerator(42), MONTH, YearMonth.of(2021, 1), 1000);
        Path big = dir.resolve("households.jsonl");
        long lines;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            lines = households.writeAtLeast(out, Long.getLong("justedroit.largeBatch.bytes", 2L << 30));
        }
        // The responses of a sample of lines, decided here from a file of them alone, to check the order.
        long every = Math.max(7, lines / 300) | 1; // about 300 lines checked, wherever the bad lines fall
        List<String> sample = new ArrayList<>();
        for (long i = every; i <= lines; i += every) {
            sample.add(households.line(i));
        }
        List<String> expected = Cli.run("evaluate", Files.write(dir.resolve("sample.jsonl"), sample).toString()).out().lines().toList();
        assertThat(expected).hasSize(sample.size());

        Path output = evaluateInChildJvm(big, "-Xmx512m", dir);
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(output)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (households.isBad(n)) {
                    assertThat(line).as("line %d", n).startsWith("{\"error\":{\"line\":" + n + ",");
                } else {
                    assertThat(line).as("line %d", n).startsWith("{\"month\":\"2025-09\",\"decisions\":[");
                }
                if (n % every == 0 && !households.isBad(n)) {
                    assertThat(line).as("line %d", n).isEqualTo(expected.get((int) (n / every - 1)));
                }
            }
        }
        assertThat(n).isEqualTo(lines);
    }

    /** Runs {@code justedroit evaluate FILE} in a fresh JVM with {@code heap}; returns the file its standard output went to. */
    private static Path evaluateInChildJvm(Path file, String heap, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "evaluate", file.toString(), "--threads", "2")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 30 minutes");
        }
        String errors = Files.readString(err);
        assertThat(p.exitValue()).as(errors).isEqualTo(Main.BAD_INPUT); // bad lines, and nothing worse
        assertThat(errors).doesNotContain("OutOfMemoryError", "Exception");
        return out;
    }
}
