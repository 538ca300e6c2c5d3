package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled population, every line of it, against the published schema of a line. */
class DemoPopulationSchemaTest {
    static final Path DEMO = Path.of("populations", "demo-2000.jsonl");

    /** The published schema, its reference to the request schema resolved on the classpath. */
    static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix("https://justedroit.fr/contract/v1/", "classpath:justedroit/contract/")));
        return registry.getSchema(SchemaLocation.of("https://justedroit.fr/contract/v1/population.schema.json"));
    }

    @Test
    void everyLineOfTheDemoPopulationMatchesTheSchemaAndHasItsOwnId() throws Exception {
        Schema schema = schema();
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(DEMO, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                var node = json.readTree(line);
                assertThat(schema.validate(node)).as("line " + lines).isEmpty();
                assertThat(ids.add(node.get("id").asText())).as("line %d: id %s unique", lines, node.get("id")).isTrue();
            }
        }
        assertThat(lines).isEqualTo(2000);
    }

    @Test
    void theSchemaRefusesALineThatBreaksIt() throws Exception {
        // The schema is not a stub: a negative weight, an unknown field and a request without household are refused.
        ObjectMapper json = new ObjectMapper();
        assertThat(schema().validate(json.readTree("{\"id\":\"x\",\"weight\":-1,\"request\":{\"month\":\"2025-06\"}}"))).isNotEmpty();
        assertThat(schema().validate(json.readTree("{\"id\":\"x\",\"wieght\":1,\"request\":{}}"))).isNotEmpty();
        assertThat(schema().validate(json.readTree("{\"id\":\"x\",\"request\":{\"month\":\"2025-06\"}}"))).isNotEmpty();
    }
}
