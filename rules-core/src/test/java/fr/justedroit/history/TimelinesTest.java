package fr.justedroit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The timeline reader: what it reads, what it refuses and by which path, and the published schema. */
class TimelinesTest {
    static final Path EXAMPLES = Path.of("..", "examples", "timelines");
    static final String MINIMAL = """
            {"from": "2024-04", "to": "2024-06", "checkDate": "2025-01-10",
             "declared": {"household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1980-01-01"}],
                                        "housing": {"status": "tenant", "housingAid": false}}}}""";

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void readsAMinimalTimeline() {
        Timeline t = Timelines.fromJson(MINIMAL);
        assertThat(t.months()).containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
        assertThat(t.checkDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(t.established()).isNull();
        assertThat(t.establishedFacts()).isSameAs(t.declared());
        assertThat(t.fraud()).isFalse();
    }

    @Test
    void readsMembershipsHousingPeriodsAndPaymentsExactly() {
        Timeline t = Timelines.fromYaml("""
                from: 2024-01
                to: 2024-12
                examinations: [2024-04, 2024-01]
                checkDate: 2025-03-01
                fraud: true
                declared:
                  household:
                    persons:
                      - {id: a, role: applicant, birthDate: 1980-01-01}
                      - {id: b, role: partner, birthDate: 1981-01-01}
                    housing: {status: tenant, housingAid: false}
                  members: [{person: b, from: 2024-05}]
                  housing: [{from: 2024-07, status: housed_free}]
                paid:
                  - {month: 2024-02, benefit: rsa, beneficiary: household, amount: 0.10}
                """);
        assertThat(t.examinations()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 4));
        assertThat(t.fraud()).isTrue();
        assertThat(t.declared().in(YearMonth.of(2024, 4)).persons()).extracting(p -> p.id()).containsExactly("a");
        assertThat(t.declared().in(YearMonth.of(2024, 5)).persons()).extracting(p -> p.id()).containsExactly("a", "b");
        assertThat(t.declared().in(YearMonth.of(2024, 6)).housing().status().jsonName()).isEqualTo("tenant");
        assertThat(t.declared().in(YearMonth.of(2024, 7)).housing().status().jsonName()).isEqualTo("housed_free");
        assertThat(t.payment(YearMonth.of(2024, 2), "rsa", "household").orElseThrow().amount()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void correctionsReplaceTheDeclaredEntriesOfTheirMonthAndDateTheCheck() {
        Timeline t = Timelines.fromYaml("""
                from: 2024-01
                to: 2024-03
                declared:
                  household:
                    persons:
                      - id: a
                        role: applicant
                        birthDate: 1980-01-01
                        activity: unemployed
                        incomes:
                          - {type: net_social_salary, month: 2024-01, amount: 100}
                          - {type: net_social_salary, month: 2024-02, amount: 100}
                    housing: {status: tenant, housingAid: false}
                corrections:
                  - {date: 2025-06-01, person: a, incomes: [{type: net_social_salary, month: 2024-02, amount: 400}]}
                  - {date: 2025-02-01, person: a, activity: employed, disability: {incapacityRate: 50}}
                """);
        assertThat(t.checkDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        fr.justedroit.Person a = t.establishedFacts().household().persons().get(0);
        assertThat(a.incomes()).extracting(i -> i.month() + "=" + i.amount().toPlainString())
                .containsExactlyInAnyOrder("2024-01=100", "2024-02=400");
        assertThat(a.activity()).isEqualTo(fr.justedroit.Activity.EMPLOYED);
        assertThat(a.disability().incapacityRate()).isEqualTo(50);
        // The declared facts are kept as they were.
        assertThat(t.declared().household().persons().get(0).incomes()).extracting(i -> i.amount().toPlainString())
                .containsExactly("100", "100");
    }

    @Test
    void readsAssessmentPeriodsAndLeavesOutThoseNotYetBornOrNotYetReceivingTheAah() {
        Timeline t = Timelines.fromYaml("""
                from: 2024-04
                to: 2024-07
                checkDate: 2025-01-10
                declared:
                  household:
                    persons:
                      - id: a
                        role: applicant
                        birthDate: 1980-01-01
                        disability: {incapacityRate: 50, employmentRestriction: false}
                        aah: {receivingSince: 2024-06-01}
                      - {id: c, role: child, birthDate: 2024-05-10}
                    housing: {status: tenant, housingAid: false}
                  disabilities: [{person: a, from: 2024-06, incapacityRate: 80}]
                """);
        var april = t.declared().in(YearMonth.of(2024, 4));
        assertThat(april.persons()).extracting(p -> p.id()).containsExactly("a");
        assertThat(april.persons().get(0).disability().incapacityRate()).isEqualTo(50);
        assertThat(april.persons().get(0).aah()).isNull();
        var may = t.declared().in(YearMonth.of(2024, 5));
        assertThat(may.persons()).extracting(p -> p.id()).containsExactly("a", "c");
        var june = t.declared().in(YearMonth.of(2024, 6));
        assertThat(june.persons().get(0).disability().incapacityRate()).isEqualTo(80);
        assertThat(june.persons().get(0).aah().receivingSince()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    static List<String[]> badTimelines() {
        return List.of(
                new String[] {MINIMAL.replace("\"to\": \"2024-06\"", "\"to\": \"2024-03\""), "to", "is before from"},
                new String[] {MINIMAL.replace("\"from\": \"2024-04\",", "\"from\": \"2024-04\", \"form\": 1,"), "form", "unknown field"},
                new String[] {MINIMAL.replace("2025-01-10", "2024-06-30"), "checkDate", "within the span"},
                new String[] {MINIMAL.replace("2025-01-10", "2025-02-30"), "checkDate", "is not valid"},
                new String[] {MINIMAL.replace("\"to\": \"2024-06\"", "\"to\": \"2034-06\""), "to", "more than 120 months"},
                new String[] {MINIMAL.replace("1980-01-01", "1980-13-01"), "declared.household.persons[0].birthDate", ""},
                new String[] {MINIMAL.replace("\"tenant\"", "\"tent\""), "declared.household.housing.status", ""},
                new String[] {MINIMAL.replace("}}}}", "}}, \"members\": [{\"person\": \"zoe\"}]}}"), "declared.members[0].person", "names no person"},
                new String[] {MINIMAL.replace("}}}}", "}}, \"housing\": [{\"from\": \"2024-05\", \"status\": \"castle\"}]}}"),
                        "declared.housing[0].status", ""},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"examinations\": [\"2023-12\"]}"), "examinations[0]", "outside the span"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"paid\": [{\"month\": \"2024-05\", \"benefit\": \"rsa\", \"beneficiary\": \"household\", \"amount\": 1.001}]}"),
                        "paid[0].amount", "two decimals"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"paid\": [{\"month\": \"2024-05\", \"benefit\": \"apl\", \"beneficiary\": \"household\", \"amount\": 1}]}"),
                        "paid[0].benefit", "rsa, prime_activite or aah"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"paid\": [{\"month\": \"2024-05\", \"benefit\": \"rsa\", \"beneficiary\": \"a\", \"amount\": 1}]}"),
                        "paid[0].beneficiary", "household"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"established\": {}}"), "established.household", "missing"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"paid\": [{\"month\": \"2024-05\", \"benefit\": \"aah\", \"beneficiary\": \"zoe\", \"amount\": 1}]}"),
                        "paid[0].beneficiary", "names no person of the household"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"corrections\": [{\"date\": \"2025-01-02\", \"person\": \"zoe\"}]}"),
                        "corrections[0].person", "names no person"},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"corrections\": [{\"date\": \"2025-01-02\", \"person\": \"a\", "
                        + "\"incomes\": [{\"type\": \"salary\", \"month\": \"2024-05\", \"amount\": 1}]}]}"), "corrections[0].incomes[0].type", ""},
                new String[] {MINIMAL.replace("}}}}", "}}}, \"established\": {\"household\": {\"persons\": [{\"id\": \"a\", \"role\": \"applicant\", "
                        + "\"birthDate\": \"1980-01-01\"}]}}, \"corrections\": [{\"date\": \"2025-01-02\", \"person\": \"a\"}]}"),
                        "corrections", "either the established facts or the list of corrections"},
                new String[] {MINIMAL.replace("\"checkDate\": \"2025-01-10\",", "").replace("}}}}", "}}}}"), "checkDate", "missing"},
                new String[] {MINIMAL.replace("}}}}", "}}, \"disabilities\": [{\"person\": \"a\", \"from\": \"2024-05\", \"incapacityRate\": 120}]}}"),
                        "declared.disabilities[0].incapacityRate", ""},
                new String[] {MINIMAL.replace("}}}}", "}}, \"disabilities\": [{\"person\": \"b\", \"from\": \"2024-05\"}]}}"),
                        "declared.disabilities[0].person", "names no person"},
                new String[] {"{\"from\": \"2024-04\",", "(timeline)", "not well-formed"},
                new String[] {"[]", "(timeline)", "not an object"});
    }

    @ParameterizedTest
    @MethodSource("badTimelines")
    void refusesABadTimelineNamingThePath(String text, String path, String problem) {
        assertThatThrownBy(() -> Timelines.fromJson(text)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo(path);
                    assertThat(err.problem() + " " + err.expected()).contains(problem);
                }));
    }

    @Test
    void aDuplicateKeyInYamlIsRefusedWithoutEchoingTheText() {
        assertThatThrownBy(() -> Timelines.fromYaml("from: 2024-01\nfrom: 2024-02\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("(timeline)"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyBundledTimelineReadsAndMeetsThePublishedSchema(Path file) throws IOException {
        String text = Files.readString(file);
        Timelines.read(file.getFileName().toString(), text);
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        JsonNode node = mapper.readTree(text);
        assertThat(schema().validate(node)).extracting(Error::toString).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        JsonNode unknownField = new ObjectMapper().readTree(MINIMAL.replace("\"from\": \"2024-04\",", "\"from\": \"2024-04\", \"form\": 1,"));
        JsonNode badMonth = new ObjectMapper().readTree(MINIMAL.replace("\"2024-04\"", "\"2024-4\""));
        assertThat(schema().validate(unknownField)).isNotEmpty();
        assertThat(schema().validate(badMonth)).isNotEmpty();
    }

    /** The published schema, its references to the request schema resolved on the classpath. */
    static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix("https://justedroit.fr/contract/v1/", "classpath:justedroit/contract/")));
        return registry.getSchema(SchemaLocation.of("https://justedroit.fr/contract/v1/timeline.schema.json"));
    }
}
