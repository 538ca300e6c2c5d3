package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.scenario.Scenario;
import fr.justedroit.scenario.ScenarioFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every response the catalog gives to its scenarios is valid against the published response schema. */
class ResponseSchemaTest {

    @Test
    void everyScenarioResponseMatchesTheSchema() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("justedroit/contract/response.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files = ScenarioFiles.find(List.of(Path.of("src/main/resources/justedroit/catalog")));
        int checked = 0;
        for (Path file : files) {
            for (Scenario s : ScenarioFiles.read(file)) {
                Request request = s.request();
                for (Language language : Language.values()) {
                    JsonNode json = mapper.readTree(CatalogEngine.get().toJson(CatalogEngine.get().decide(request), language));
                    assertThat(schema.validate(json)).as(s.id()).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
