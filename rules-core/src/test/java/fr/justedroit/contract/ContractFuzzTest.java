package fr.justedroit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import fr.justedroit.TestEngines;
import fr.justedroit.scenario.ScenarioFiles;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the contract: valid requests (generated households and every request
 * of the catalog's scenarios) mutated in their types, values, structure, text and bytes. Every
 * outcome is a decision or a clear error with a path; never another exception, a stack trace or a
 * hang; and the published schema refuses a mutant exactly when the mapping does.
 *
 * <p>{@code mvn test} runs {@value #DEFAULT_CASES} cases; a larger run, on demand:
 * {@code mvn -pl rules-core -am test -Dtest=ContractFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djustedroit.fuzz.cases=200000 [-Djustedroit.fuzz.seed=N]}. A failing case is printed with its seed,
 * its number and its text.
 */
class ContractFuzzTest {
    static final int DEFAULT_CASES = 1000;
    static final long DEFAULT_SEED = 20261202L;
    static final RequestLimits LIMITS = RequestLimits.DEFAULT.withMaxChars(200_000);
    static final Path CATALOG = Path.of("..", "rules-catalog", "src", "main", "resources", "justedroit", "catalog");

    /** A field name in a path: plain, or quoted with JSON escapes when it came from the input. */
    static final String QUOTED = "\\[\"(?:[^\"\\\\]|\\\\.)*\"]";

    enum Outcome { DECIDED, REFUSED }

    @Test
    void everyMutantIsDecidedOrRefusedClearly() throws Exception {
        int cases = Integer.getInteger("justedroit.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("justedroit.fuzz.seed", DEFAULT_SEED);
        List<JsonNode> bases = bases();
        JusteDroit engine = TestEngines.toy();
        int decided = 0;
        int refused = 0;
        int compared = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < cases; i++) {
                Mutator.Mutant m = new Mutator(seed * 1_000_003L + i).mutate(bases.get(i % bases.size()));
                String label = "seed " + seed + ", case " + i + " (" + m.what() + ")";
                Future<Outcome> run = worker.submit(() -> outcome(engine, m, label));
                Outcome o;
                try {
                    o = run.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError("no outcome in 20 s: " + describe(label, m));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("another exception than a refusal: " + describe(label, m), e.getCause());
                }
                if (o == Outcome.DECIDED) {
                    decided++;
                } else {
                    refused++;
                }
                if (m.text() != null) {
                    SchemaAgreement a = SchemaAgreement.of(m.text(), m.yaml(), LIMITS);
                    if (a.parsed()) {
                        compared++;
                        assertThat(a.schemaPaths().isEmpty()).as("the schema and the mapping disagree, %s: %s", label, a)
                                .isEqualTo(a.mappingPaths().isEmpty());
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("contract fuzzer, seed %d: %d cases, %d decided, %d refused, %d compared with the schema%n",
                seed, cases, decided, refused, compared);
        // Not vacuous: mutants of both kinds, and most compared with the schema.
        assertThat(decided).as("decided").isGreaterThan(cases / 25);
        assertThat(refused).as("refused").isGreaterThan(cases / 3);
        assertThat(compared).as("compared with the schema").isGreaterThan(cases / 2);
    }

    private static Outcome outcome(JusteDroit engine, Mutator.Mutant m, String label) {
        try {
            String text = m.bytes() != null ? Requests.decodeUtf8(m.bytes()) : m.text();
            Request request = m.yaml() ? Requests.fromYaml(text, null, LIMITS) : Requests.fromJson(text, null, LIMITS);
            assertThat(engine.decide(request).decisions()).as(label).isNotNull();
            return Outcome.DECIDED;
        } catch (InvalidRequestException e) {
            assertClear(e.errors(), label, m);
            return Outcome.REFUSED;
        }
    }

    /** Errors people can read: a path of the contract, a problem and what is expected; no class names, no traces. */
    static void assertClear(List<InputError> errors, String label, Mutator.Mutant m) {
        assertThat(errors).as(label).isNotEmpty();
        for (InputError e : errors) {
            String where = describe(label, m) + "\nerror: " + e;
            for (String part : List.of(e.path(), e.problem(), e.expected())) {
                assertThat(part).as(where).isNotBlank().hasSizeLessThan(400)
                        .doesNotContain("Exception", "com.fasterxml", "fr.justedroit", "networknt", "snakeyaml", "\n", "\r", "\u001b", "`");
            }
            assertThat(e.path()).as(where)
                    .matches("\\((request|file)\\)|(?:[A-Za-z0-9_]+|" + QUOTED + ")(?:\\[\\d+]|\\.[A-Za-z0-9_]+|" + QUOTED + ")*");
        }
    }

    private static String describe(String label, Mutator.Mutant m) {
        String text = m.text() != null ? m.text() : new String(m.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return label + (m.yaml() ? ", YAML" : ", JSON") + (m.bytes() != null ? " bytes" : "") + ":\n"
                    + Mutator.JSON.writeValueAsString(text);
        } catch (Exception e) {
            return label;
        }
    }

    private static List<JsonNode> bases() throws Exception {
        List<JsonNode> bases = new ArrayList<>();
        for (Request r : new HouseholdGenerator(11).households(YearMonth.of(2025, 9), 40).toList()) {
            bases.add(Mutator.JSON.readTree(Requests.toJsonLine(r)));
        }
        for (Path file : ScenarioFiles.find(List.of(CATALOG))) {
            for (var s : ScenarioFiles.read(file)) {
                bases.add(Mutator.JSON.readTree(Requests.toJsonLine(s.request())));
            }
        }
        return bases;
    }
}
