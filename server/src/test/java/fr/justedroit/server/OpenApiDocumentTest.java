package fr.justedroit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /openapi.json}: the published schemas embedded, every reference resolved within the document. */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JusteDroitServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = Served.start(ServerLimits.DEFAULT);
        var r = Served.get(server, "/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = JSON.readTree(r.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode published(String name) throws Exception {
        try (InputStream in = getClass("justedroit/contract/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream getClass(String path) {
        return OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(path);
    }

    @Test
    void everyEndpointIsDescribed() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/decide", "/decide/text", "/batch", "/sweep", "/rules", "/parameters", "/health",
                "/examples", "/examples/{name}", "/openapi.json");
        assertThat(doc.at("/paths/~1decide/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Request");
        assertThat(doc.at("/paths/~1decide/post/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Response");
    }

    @Test
    void thePublishedSchemasAreEmbeddedWithEachDefinitionAsAComponent() throws Exception {
        JsonNode schemas = doc.at("/components/schemas");
        for (String[] s : new String[][] {{"Request", "request.schema.json"}, {"Response", "response.schema.json"}}) {
            JsonNode source = published(s[1]);
            assertThat(schemas.get(s[0]).get("title")).isEqualTo(source.get("title"));
            assertThat(schemas.get(s[0]).get("required")).isEqualTo(source.get("required"));
            for (Iterator<String> defs = source.get("$defs").fieldNames(); defs.hasNext(); ) {
                String def = defs.next();
                JsonNode embedded = schemas.get(s[0] + "_" + def);
                assertThat(embedded).as(s[0] + "_" + def).isNotNull();
                // The same definition; only the references point at components instead of $defs.
                assertThat(embedded.toString().replace("#/components/schemas/" + s[0] + "_", "#/$defs/"))
                        .isEqualTo(source.get("$defs").get(def).toString());
            }
        }
        assertThat(schemas.at("/Request/properties/household/$ref").asText()).isEqualTo("#/components/schemas/Request_household");
    }

    @Test
    void everyReferenceResolvesInTheDocument() {
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertThat(refs).hasSizeGreaterThan(20);
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collect(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}
