package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the bad-input corpus ({@code src/test/resources/bad-input}, listed with its expected
 * error in the folder's README) is refused with a clear error naming its path: no decision, no other
 * exception, no hang.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** The size limit every case is read with (see the corpus README). */
    static final RequestLimits LIMITS = RequestLimits.DEFAULT.withMaxChars(6000);

    /** One row of the corpus README: the file, the path of its error, words of its problem. */
    record Case(String file, String path, String problem) {
    }

    /** The cases of the README's table, by file name. */
    static Map<String, Case> cases() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| case") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            cases.put(cells[0].strip(), new Case(cells[0].strip(), cells[1].strip(), cells[2].strip()));
        }
        return cases;
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test
    void everyFileHasAnExpectedErrorAndEveryExpectedErrorAFile() throws IOException {
        Map<String, Case> cases = cases();
        List<String> names = files().stream().map(f -> f.getFileName().toString()).toList();
        assertThat(cases.keySet()).as("rows of bad-input/README.md").containsExactlyInAnyOrderElementsOf(names);
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsRefusedWithItsPath() throws IOException {
        Map<String, Case> cases = cases();
        JusteDroit engine = TestEngines.toy();
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Case expected = cases.get(file.getFileName().toString());
            assertThat(expected).as("a row in bad-input/README.md").isNotNull();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            InvalidRequestException refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(engine, file, text));
            assertClear(refused.errors());
            assertThat(refused.errors())
                    .as("an error at %s whose problem contains '%s'", expected.path(), expected.problem())
                    .anySatisfy(e -> {
                        assertThat(e.path()).isEqualTo(expected.path());
                        assertThat(e.problem()).contains(expected.problem());
                    });
        }));
    }

    private static InvalidRequestException refusal(JusteDroit engine, Path file, String text) {
        try {
            Request request = file.toString().endsWith(".yaml") ? Requests.fromYaml(text, null, LIMITS)
                    : Requests.fromJson(text, null, LIMITS);
            Response response = engine.decide(request);
            return fail("decided instead of refused: " + response);
        } catch (InvalidRequestException e) {
            return e;
        }
    }

    /** Errors people can read: a path, a problem and what is expected; no class names, no traces. */
    static void assertClear(List<InputError> errors) {
        assertThat(errors).isNotEmpty();
        for (InputError e : errors) {
            for (String part : List.of(e.path(), e.problem(), e.expected())) {
                assertThat(part).isNotBlank().hasSizeLessThan(400)
                        .doesNotContain("Exception", "com.fasterxml", "fr.justedroit", "networknt", "snakeyaml", "\n", "`");
            }
            assertThat(e.path()).as("a path of the contract").matches("\\(request\\)|[A-Za-z]+(\\[\\d+]|\\.[A-Za-z]+)*");
        }
    }

    @Test
    void theSizeLimitIsConfigurable() throws IOException {
        String text = Files.readString(CORPUS.resolve("over-size-limit.json"), StandardCharsets.UTF_8);
        assertThat(TestEngines.toy().decide(Requests.fromJson(text, null)).decisions()).isNotEmpty();
        assertThatThrownBy(() -> Requests.fromJson(text, null, LIMITS)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most 6000 characters");
        assertThatThrownBy(() -> Requests.fromJson("{\"month\": \"2025-06\"}", null, RequestLimits.DEFAULT.withMaxChars(10)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 10 characters");
    }

    @Test
    void theDefaultSizeLimitHolds() {
        String padding = " ".repeat(RequestLimits.DEFAULT_MAX_CHARS);
        assertThatThrownBy(() -> Requests.fromJson("{\"month\": \"2025-06\"}" + padding))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most " + RequestLimits.DEFAULT_MAX_CHARS);
        assertThatThrownBy(() -> Requests.fromYaml("month: 2025-06\n" + padding, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most " + RequestLimits.DEFAULT_MAX_CHARS);
    }

    @Test
    void theDepthLimitIsConfigurable() {
        String request = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"a\", \"role\": \"applicant\", "
                + "\"birthDate\": \"1990-01-01\", \"incomes\": [{\"type\": \"pension\", \"month\": \"2025-03\", \"amount\": 1}]}]}}";
        assertThat(Requests.fromJson(request, null, RequestLimits.DEFAULT.withMaxDepth(RequestLimits.MIN_DEPTH))).isNotNull();
        String deeper = request.replace("\"amount\": 1}", "\"amount\": 1, \"x\": {}}");
        assertThatThrownBy(() -> Requests.fromJson(deeper, null, RequestLimits.DEFAULT.withMaxDepth(RequestLimits.MIN_DEPTH)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("nested deeper than 6 levels");
        assertThatThrownBy(() -> RequestLimits.DEFAULT.withMaxDepth(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestLimits.DEFAULT.withMaxChars(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Requests built in Java skip the schema; the checks the schema cannot make still apply to them. */
    @Test
    void requestsBuiltInJavaAreCheckedToo() {
        JusteDroit engine = TestEngines.toy();
        Person alice = Person.of("alice", Role.APPLICANT, LocalDate.of(1990, 5, 14));
        Request negative = new Request(YearMonth.of(2025, 6), new Household(List.of(alice.withIncomes(List.of(
                Income.monthly(IncomeType.NET_SOCIAL_SALARY, YearMonth.of(2025, 3), new BigDecimal("-1"))))), null, null));
        assertThatThrownBy(() -> engine.decide(negative)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("household.persons[0].incomes[0].amount"));
        Request twice = new Request(YearMonth.of(2025, 6), new Household(List.of(alice, alice), null, null));
        assertThatThrownBy(() -> engine.decide(twice)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InputError::path).contains("household.persons[1].id", "household.persons[1].role"));
        Request early = new Request(YearMonth.of(2022, 12), new Household(List.of(alice), null, null));
        assertThatThrownBy(() -> engine.decide(early)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("month"));
    }
}
