package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code justedroit evaluate} on bad input: exit status 2, the error's path on stderr, no stack trace,
 * no hang; in a JSON Lines batch, every good line decided and every bad line reported with its number.
 */
class BadInputCommandLineTest {
    /** The corpus of rules-core; its README lists each case with the path of its error. */
    static final Path CORPUS = Path.of("..", "rules-core", "src", "test", "resources", "bad-input");
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("Exception", "\tat ", "at fr.", "at java.", "at org.", "at com.", "Caused by");
    }

    /** The README table of the corpus: file name to the path of its error. */
    static Map<String, String> expectedPaths() throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| ") && !line.startsWith("| case")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                paths.put(cells[0].strip(), cells[1].strip());
            }
        }
        return paths;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileExitsWith2AndNamesItsPath() throws IOException {
        Map<String, String> paths = expectedPaths();
        assertThat(paths).hasSizeGreaterThanOrEqualTo(40);
        return paths.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = CORPUS.resolve(e.getKey());
            assertThat(file).exists();
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("evaluate", file.toString(), "--max-request-chars", "6000"));
            assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: ").contains("  " + e.getValue() + ": ");
            assertNoStackTrace(r.err());
        }));
    }

    @Test
    void aJsonLinesBatchDecidesEveryGoodLineAndReportsEachBadOne() throws IOException {
        Run r = run("evaluate", "src/test/resources/batch-with-bad-lines.jsonl", "--max-request-chars", "6000");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEmpty();
        List<JsonNode> outputs = new ArrayList<>();
        for (String line : r.out().strip().split("\\R")) {
            outputs.add(JSON.readTree(line));
        }
        // Line 4 is blank; lines 1, 6 and 13 are good; every other line is bad.
        assertThat(outputs).hasSize(13);
        int[] inputLines = {1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        Map<Integer, String> badPaths = Map.of(2, "(request)", 3, "household.persons[0].salary", 5, "month", 7, "(request)",
                8, "(request)", 9, "household.persons[0].incomes[0].amount", 10, "household.persons[1].role", 11, "(request)",
                12, "household.persons[1].birthDate", 14, "(request)");
        for (int i = 0; i < outputs.size(); i++) {
            JsonNode o = outputs.get(i);
            int line = inputLines[i];
            if (badPaths.containsKey(line)) {
                assertThat(o.path("error").path("line").asInt()).as("output %d", i + 1).isEqualTo(line);
                assertThat(o.path("error").path("errors").findValuesAsText("path")).as("line %d", line).contains(badPaths.get(line));
                assertNoStackTrace(o.toString());
            } else {
                assertThat(o.has("error")).as("line %d is decided", line).isFalse();
                assertThat(o.path("decisions").size()).as("line %d", line).isPositive();
            }
        }
        assertThat(rsa(outputs.get(0))).isEqualByComparingTo("568.94");
        assertThat(rsa(outputs.get(4))).isEqualByComparingTo("707.49");
        assertThat(rsa(outputs.get(11))).isEqualByComparingTo("534.82");
    }

    private static java.math.BigDecimal rsa(JsonNode response) {
        for (JsonNode d : response.path("decisions")) {
            if (d.path("benefit").asText().equals("rsa")) {
                return d.path("amount").decimalValue();
            }
        }
        throw new AssertionError("no RSA decision in " + response);
    }

    @Test
    void aFileOverTheDefaultSizeLimitIsRefused(@TempDir Path dir) throws IOException {
        String request = "{\"month\":\"2025-06\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\"1980-03-15\"}]}}";
        Path large = dir.resolve("large.json");
        Files.writeString(large, request + " ".repeat(1 << 20));
        Run r = run("evaluate", large.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("(request): the request has", "at most 1048576 characters");
        assertNoStackTrace(r.err());

        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, request + " ".repeat(4 << 20));
        Run h = run("evaluate", huge.toString());
        assertThat(h.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(h.err()).contains("(request): the file has", "--max-request-chars");

        Run raised = run("evaluate", large.toString(), "--max-request-chars", String.valueOf(2 << 20));
        assertThat(raised.status()).as(raised.err()).isZero();
    }

    @Test
    void anEmptyJsonLinesFileIsABadInput(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "\n  \n");
        Run r = run("evaluate", empty.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("has no request");
    }

    @Test
    void aBadLimitIsABadInput() {
        Run r = run("evaluate", "src/test/resources/batch-with-bad-lines.jsonl", "--max-request-chars", "0");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--max-request-chars");
        assertNoStackTrace(r.err());
    }

    @Test
    void aRequestWithHundredsOfErrorsListsTheFirstFiftyAndCountsTheRest(@TempDir Path dir) throws IOException {
        StringBuilder incomes = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            incomes.append(i == 0 ? "" : ",").append("{\"type\": \"net_social_salary\", \"month\": \"2025-01\", \"amount\": -").append(i + 1).append("}");
        }
        Path file = dir.resolve("many-errors.json");
        Files.writeString(file, "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"a\", \"role\": \"applicant\","
                + " \"birthDate\": \"1990-01-01\", \"incomes\": [" + incomes + "]}]}}");
        Run r = run("evaluate", file.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).startsWith("error: ");
        assertThat(lines).filteredOn(l -> l.contains(".amount: ")).hasSize(50);
        assertThat(lines.get(1)).contains("household.persons[0].incomes[0].amount: ");
        assertThat(lines.get(50)).contains("household.persons[0].incomes[49].amount: ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  and 70 more errors (120 in all)");
        assertNoStackTrace(r.err());
    }
}
