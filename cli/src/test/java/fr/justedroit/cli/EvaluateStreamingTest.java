package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.synthetic.HouseholdGenerator;
import fr.justedroit.synthetic.HouseholdLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate FILE.jsonl} and {@code evaluate -} stream through the batch: order, bad lines, threads, empty input. */
class EvaluateStreamingTest {
    static final HouseholdLines LINES = new HouseholdLines(new HouseholdGenerator(11), YearMonth.of(2025, 9), YearMonth.of(2022, 1), 17);

    /** What a run printed: standard output as bytes (as the process writes it), standard error as text. */
    record Run(int status, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(raw, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
        raw.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return new Run(status, raw.toByteArray(), err.toString());
    }

    static Path write(Path dir, String name, long lines) throws IOException {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            LINES.write(out, lines);
        }
        return file;
    }

    @Test
    void aFileAndStandardInputGiveTheSameBytesOnAnyNumberOfThreadsInTheOrderOfTheLines(@TempDir Path dir) throws IOException {
        Path file = write(dir, "households.jsonl", 60);
        Run one = run(new byte[0], "evaluate", file.toString(), "--threads", "1");
        assertThat(one.status()).as(one.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(one.err()).isEmpty();
        List<String> lines = one.text().lines().toList();
        assertThat(lines).hasSize(60);
        for (int i = 0; i < lines.size(); i++) {
            long line = i + 1;
            if (LINES.isBad(line)) {
                assertThat(lines.get(i)).startsWith("{\"error\":{\"line\":" + line + ",\"message\":\"line " + line + " breaks the contract\"");
            } else {
                assertThat(lines.get(i)).as("line %d", line).startsWith("{\"month\":\"2025-09\",\"decisions\":[");
            }
        }
        assertThat(run(new byte[0], "evaluate", file.toString(), "--threads", "3").out()).isEqualTo(one.out());
        assertThat(run(Files.readAllBytes(file), "evaluate", "-", "--threads", "2").out()).isEqualTo(one.out());
        // Through the PrintWriter of Main.run (no byte stream): the same text.
        assertThat(Cli.run("evaluate", file.toString()).out()).isEqualTo(one.text());
    }

    @Test
    void anEmptyJsonLinesInputIsABadInputWithAMessage(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\r\n");
        for (Run r : List.of(run(new byte[0], "evaluate", empty.toString()), run(new byte[0], "evaluate", blank.toString()),
                run(new byte[0], "evaluate", "-"))) {
            assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: ").contains("has no request");
        }
    }

    @Test
    void aMalformedRequestIsRefusedBeforeAnyRuleIsCompiled(@TempDir Path dir) throws IOException {
        // Rule sets that do not compile: whatever needs them ends with exit status 3.
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("broken.drl"), "package broken;\nrule \"x\" @legalRef(\"Code art. 1\")\nwhen\n  nonsense(\nthen\nend\n");
        Path good = Files.writeString(dir.resolve("good.json"), LINES.line(1));
        Run control = run(new byte[0], "evaluate", good.toString(), "--rules", broken.toString());
        assertThat(control.status()).as(control.err()).isEqualTo(Main.RULES_BROKEN);

        Path badType = Files.writeString(dir.resolve("bad-type.json"),
                "{\"month\":\"2025-09\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\"1980-02-30\"}]}}");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "month: 2025-09\nhousehold:\n  persons:\n"
                + "    - {id: a, role: applicant, birthDate: 1980-03-15}\n    - {id: a, role: partner, birthDate: 1981-03-15}\n");
        Path outOfLaw = Files.writeString(dir.resolve("old.json"),
                "{\"month\":\"2019-09\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\"1980-03-15\"}]}}");
        for (Path file : List.of(badType, twice, outOfLaw)) {
            Run r = run(new byte[0], "evaluate", file.toString(), "--rules", broken.toString());
            assertThat(r.status()).as(file + ": " + r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).startsWith("error: " + file + " breaks the contract:").doesNotContain("rule sets");
        }

        // JSON Lines: lines that do not read are answered without the rule sets; the first line that reads needs them.
        Path allBad = Files.writeString(dir.resolve("bad.jsonl"), "not json\n{\"month\":\"2025-09\"}\n");
        Run bad = run(new byte[0], "evaluate", allBad.toString(), "--rules", broken.toString());
        assertThat(bad.status()).as(bad.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.text().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"error\":{\"line\":"));
        Path badThenGood = Files.writeString(dir.resolve("mixed.jsonl"), "not json\n" + LINES.line(1) + "\n");
        Run mixed = run(new byte[0], "evaluate", badThenGood.toString(), "--rules", broken.toString());
        assertThat(mixed.status()).isEqualTo(Main.RULES_BROKEN);
        assertThat(mixed.text()).startsWith("{\"error\":{\"line\":1,");
        assertThat(mixed.err()).startsWith("error: the rule sets do not load:");
    }

    @Test
    void aBadThreadCountIsABadInput() {
        Run r = run(new byte[0], "evaluate", "-", "--threads", "0");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--threads");
    }
}
