package fr.justedroit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The property tests' households vary every input of the contract: each field of the request schema, and
 * each value of each of its enumerations, appears in some household of {@link HouseholdGenerator#withRareSituations()}.
 * A field added to the contract without the generator drawing it makes this test fail, naming it.
 */
class RareSituationsTest {
    private static final long SEED = 20_230_101L;
    private static final int COUNT = 4_000;
    private static final YearMonth FIRST = YearMonth.of(2023, 1);

    /** Fields and values no generated JSON can show, each with its reason. */
    private static final Map<String, String> NOT_GENERATED = Map.of(
            "household.persons[].pregnant=false", "Requests.toJson leaves out pregnant when it is false, its default",
            "household.persons[].activityStop.unemploymentBenefit=false",
            "Requests.toJson leaves out unemploymentBenefit when it is false, its default");

    private static List<Request> population;

    @BeforeAll
    static void setUp() {
        HouseholdGenerator generator = new HouseholdGenerator(SEED).withRareSituations();
        population = java.util.stream.IntStream.range(0, COUNT)
                .mapToObj(i -> generator.household(i, FIRST.plusMonths(Math.floorMod(i * 7L, 48))))
                .toList();
    }

    @Test
    void everyFieldAndValueOfTheRequestSchemaIsGenerated() throws Exception {
        Set<String> expected = new TreeSet<>();
        JsonNode schema;
        try (InputStream in = RareSituationsTest.class.getResourceAsStream("/justedroit/contract/request.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        schemaPaths(schema, schema, "", expected);

        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new TreeSet<>();
        for (Request r : population) {
            valuePaths(json.readTree(Requests.toJson(r)), "", seen);
        }
        expected.removeAll(NOT_GENERATED.keySet());
        expected.removeAll(seen);
        assertThat(expected).as("fields and enumeration values of request.schema.json that no generated household has"
                + " (draw them in RareSituations, or list them in NOT_GENERATED with the reason)")
                .isEmpty();
    }

    @Test
    void theRareInputsAreOnesTheContractAccepts() throws Exception {
        // An engine without rules still checks every request as any engine does (RequestChecks).
        Path noRules = Path.of(RareSituationsTest.class.getResource("/synthetic/no-rules").toURI());
        JusteDroit engine = JusteDroit.builder().ruleSets(noRules).build();
        for (int i = 0; i < population.size(); i++) {
            Request r = population.get(i);
            try {
                engine.decide(r);
                assertThat(Requests.fromJson(Requests.toJsonLine(r))).usingRecursiveComparison().isEqualTo(r);
            } catch (InvalidRequestException e) {
                fail("household " + i + " of seed " + SEED + " with rare situations is refused: " + e.getMessage()
                        + "\n" + Requests.toJson(r));
            }
        }
    }

    @Test
    void thePlainPopulationIsUnchangedByTheRareOne() {
        HouseholdGenerator plain = new HouseholdGenerator(SEED);
        HouseholdGenerator rare = plain.withRareSituations();
        YearMonth month = YearMonth.of(2025, 6);
        int differ = 0;
        for (int i = 0; i < 500; i++) {
            Request a = plain.household(i, month);
            Request b = rare.household(i, month);
            // The same people, born the same day: only the rarer inputs differ.
            assertThat(b.household().persons()).extracting(p -> p.id() + " " + p.birthDate() + " " + p.role())
                    .isEqualTo(a.household().persons().stream().map(p -> p.id() + " " + p.birthDate() + " " + p.role()).toList());
            differ += a.equals(b) ? 0 : 1;
        }
        assertThat(differ).as("households given a rarer input, of 500").isBetween(100, 500);
    }

    /**
     * Every property path of the schema ({@code household.persons[].incomes[].type}), and {@code path=value}
     * for each value of an enumeration and both values of a boolean.
     */
    private static void schemaPaths(JsonNode root, JsonNode node, String path, Set<String> out) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            schemaPaths(root, target, path, out);
        }
        if (node.has("enum")) {
            for (JsonNode v : node.get("enum")) {
                if (!v.isNull()) {
                    out.add(path + "=" + v.asText());
                }
            }
        }
        JsonNode type = node.get("type");
        if (type != null && (type.asText().equals("boolean") || type.toString().contains("\"boolean\""))) {
            out.add(path + "=true");
            out.add(path + "=false");
        }
        if (node.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.get("properties").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                out.add(p);
                schemaPaths(root, f.getValue(), p, out);
            }
        }
        if (node.has("items")) {
            schemaPaths(root, node.get("items"), path + "[]", out);
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (node.has(combinator)) {
                for (JsonNode alternative : node.get(combinator)) {
                    schemaPaths(root, alternative, path, out);
                }
            }
        }
    }

    /** The same paths, for the values present (not null) in a request's JSON. */
    private static void valuePaths(JsonNode node, String path, Set<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNull()) {
                    continue;
                }
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                out.add(p);
                valuePaths(f.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                valuePaths(item, path + "[]", out);
            }
        } else if (node.isTextual()) {
            out.add(path + "=" + node.asText());
        } else if (node.isBoolean()) {
            out.add(path + "=" + node.asText());
        }
    }
}
