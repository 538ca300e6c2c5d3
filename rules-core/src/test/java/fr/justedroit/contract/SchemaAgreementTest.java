package fr.justedroit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import fr.justedroit.scenario.ScenarioFiles;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema stays the published contract while requests are read by the mapping: on the whole
 * bad-input corpus, every request of the catalog's scenarios and examples and generated households,
 * both accept and refuse the same files, at the same paths (see {@link SchemaAgreement} for what only
 * the mapping can refuse).
 */
class SchemaAgreementTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final Path CATALOG = Path.of("..", "rules-catalog", "src", "main", "resources", "justedroit", "catalog");
    static final Path EXAMPLES = Path.of("..", "examples", "households");
    static final RequestLimits CORPUS_LIMITS = RequestLimits.DEFAULT.withMaxChars(6000);

    @Test
    void theBadInputCorpusIsRefusedByBothAtTheSamePaths() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int refusedBySchema = 0;
        int beyondSchema = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList()) {
                SchemaAgreement a = SchemaAgreement.of(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString().endsWith(".yaml"), CORPUS_LIMITS);
                if (!a.agree()) {
                    disagreements.add(file.getFileName() + ": " + a);
                }
                refusedBySchema += a.schemaPaths().isEmpty() ? 0 : 1;
                beyondSchema += a.beyondSchemaPaths().isEmpty() ? 0 : 1;
            }
        }
        assertThat(disagreements).isEmpty();
        // Not vacuous: the schema itself refuses a good part of the corpus, and the exceptions are few.
        assertThat(refusedBySchema).isGreaterThanOrEqualTo(20);
        assertThat(beyondSchema).isLessThanOrEqualTo(4);
    }

    @Test
    void everyCatalogScenarioAndExampleIsAcceptedByBoth() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : ScenarioFiles.find(List.of(CATALOG))) {
            ScenarioFiles.read(file).forEach(s -> texts.add(Requests.toJson(s.request())));
        }
        int scenarios = texts.size();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(scenarios).isGreaterThanOrEqualTo(50);
        assertThat(texts.size()).isGreaterThan(scenarios);
        for (String text : texts) {
            SchemaAgreement a = SchemaAgreement.of(text, false, RequestLimits.DEFAULT);
            assertThat(a.agree() && a.mappingAccepts()).as("%s", a).isTrue();
        }
    }

    @Test
    void generatedHouseholdsAreAcceptedByBoth() {
        for (Request r : new HouseholdGenerator(2026).households(YearMonth.of(2025, 9), 300).toList()) {
            SchemaAgreement a = SchemaAgreement.of(Requests.toJsonLine(r), false, RequestLimits.DEFAULT);
            assertThat(a.agree() && a.mappingAccepts()).as("%s", a).isTrue();
        }
    }
}
