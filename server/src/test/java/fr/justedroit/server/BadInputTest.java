package fr.justedroit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refusals: the contract's error object with the right status, never a stack trace. */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JusteDroitServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Served.start(ServerLimits.DEFAULT.withMaxRequestBytes(10_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode error(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "org.eclipse", "fr.justedroit.");
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("message").asText()).isNotBlank();
        return error;
    }

    @Test
    void aFieldThatBreaksTheContractIsNamedByItsPath() throws Exception {
        String household = Served.household("couple-2-enfants.json").replace("\"1988-11-02\"", "\"1988-13-02\"");
        JsonNode error = error(Served.post(server, "/decide", household), 400);
        assertThat(error.get("errors").get(0).get("path").asText()).isEqualTo("household.persons[1].birthDate");
        assertThat(error.get("errors").get(0).get("expected").asText()).isNotBlank();
    }

    @Test
    void unknownFieldsAndMalformedJsonAreRefused() throws Exception {
        JsonNode unknown = error(Served.post(server, "/decide/text",
                "{\"month\":\"2025-06\",\"houshold\":{\"persons\":[]}}"), 400);
        assertThat(unknown.get("errors").toString()).contains("houshold");
        JsonNode malformed = error(Served.post(server, "/decide", "{\"month\": "), 400);
        assertThat(malformed.get("errors").get(0).get("path").asText()).isEqualTo("(request)");
        assertThat(malformed.get("errors").get(0).get("problem").asText()).startsWith("not valid JSON");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() throws Exception {
        byte[] latin1 = "{\"month\":\"2025-06\",\"household\":{\"persons\":[{\"id\":\"é\"}]}}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = Served.CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/decide"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(error(r, 400).get("errors").get(0).get("problem").asText()).isEqualTo("not valid UTF-8");
    }

    @Test
    void anUnknownLanguageIsNamed() throws Exception {
        JsonNode error = error(Served.post(server, "/decide?lang=de", Served.household("couple-2-enfants.json")), 400);
        assertThat(error.get("errors").get(0).get("path").asText()).isEqualTo("?lang");
        assertThat(error.get("errors").get(0).get("expected").asText()).isEqualTo("fr or en");
    }

    @Test
    void aSweepWithBadParametersIsRefused() throws Exception {
        String household = Served.household("couple-2-enfants.json");
        assertThat(error(Served.post(server, "/sweep?person=zoe", household), 400).get("errors").get(0).get("path").asText())
                .isEqualTo("?person");
        assertThat(error(Served.post(server, "/sweep?step=0.01", household), 400).get("errors").get(0).get("problem").asText())
                .contains("points");
        assertThat(error(Served.post(server, "/sweep?from=-5", household), 400).get("errors").get(0).get("path").asText())
                .isEqualTo("?from");
    }

    private static final String OVERSIZED = "{\"month\":\"2025-06\",\"household\":{\"persons\":[]},\"x\":\""
            + "a".repeat(20_000) + "\"}";

    @Test
    void anOversizedBodyGets413() throws Exception {
        // The JDK's client sends its whole body before it reads the answer: the 413 reaches it because the
        // service reads the rest of a refused body before answering (not a broken pipe, however slow either side).
        JsonNode error = error(Served.post(server, "/decide", OVERSIZED), 413);
        assertThat(error.get("errors").get(0).get("expected").asText()).isEqualTo("at most 10000 bytes (the server's size limit)");
        assertThat(error.get("errors").get(0).get("problem").asText()).isEqualTo("the body has 20053 bytes");
        // Without a Content-Length (chunked), the body is counted as it is read.
        HttpResponse<String> chunked = Served.CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/decide"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(OVERSIZED.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(error(chunked, 413).get("errors").get(0).get("problem").asText()).isEqualTo("the body has more than 10000 bytes");
    }

    @Test
    void aRefusedBodyIsReadToItsEndAndTheConnectionServesTheNextRequest() throws Exception {
        String household = Served.household("couple-2-enfants.json");
        String decided = Served.engine().toJson(Served.engine().decide(fr.justedroit.Requests.fromJson(household)), fr.justedroit.Language.FR) + "\n";
        try (RawHttp raw = new RawHttp(server)) {
            // Chunked, in pieces: the limit is passed in the second one, the third still comes.
            raw.startChunkedPost("/decide", "application/json");
            raw.chunk(OVERSIZED.substring(0, 8_000));
            raw.chunk(OVERSIZED.substring(8_000, 16_000));
            raw.chunk(OVERSIZED.substring(16_000));
            raw.lastChunk();
            RawHttp.Head refused = raw.readHead();
            assertThat(refused.code()).isEqualTo(413);
            assertThat(refused.headers()).doesNotContainEntry("connection", "close");
            assertThat(raw.readBody(refused)).contains("\"at most 10000 bytes (the server's size limit)\"");
            // Declared too large: refused from its Content-Length, and its body read all the same.
            raw.post("/decide", OVERSIZED);
            RawHttp.Head declared = raw.readHead();
            assertThat(declared.code()).isEqualTo(413);
            assertThat(raw.readBody(declared)).contains("the body has 20053 bytes");
            // The same connection then carries a request that is decided.
            raw.post("/decide", household);
            RawHttp.Head next = raw.readHead();
            assertThat(next.code()).isEqualTo(200);
            assertThat(raw.readBody(next)).isEqualTo(decided);
        }
    }

    @Test
    void wrongMethodsAndPathsGetTheErrorObject() throws Exception {
        assertThat(error(Served.get(server, "/decide"), 405).get("message").asText()).contains("POST");
        assertThat(error(Served.post(server, "/rules", "{}"), 405).get("message").asText()).contains("GET");
        assertThat(error(Served.get(server, "/nothing-here"), 404).get("message").asText()).contains("/openapi.json");
    }

    @Test
    void whenTheServiceIsFullFurtherRequestsGet503() throws Exception {
        String household = Served.household("couple-2-enfants.json");
        String line = fr.justedroit.Requests.toJsonLine(fr.justedroit.Requests.fromJson(household));
        try (JusteDroitServer tiny = Served.start(ServerLimits.DEFAULT.withConcurrency(1, 0))) {
            try (RawHttp holding = new RawHttp(tiny)) {
                // A batch whose body is not finished: once its status line is read, it holds the only turn
                // (the service answers a batch's status as soon as it admits it).
                holding.startChunkedPost("/batch", "application/x-ndjson");
                RawHttp.Head admitted = holding.readHead();
                assertThat(admitted.code()).isEqualTo(200);

                HttpResponse<String> busy = Served.post(tiny, "/decide", household);
                JsonNode error = error(busy, 503);
                assertThat(error.get("message").asText()).contains("busy");
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(Served.get(tiny, "/health").statusCode()).as("health is not bounded").isEqualTo(200);

                // The batch ends: its one line is decided, and its turn is given back before the end of its answer.
                holding.chunk(line + "\n");
                holding.lastChunk();
                assertThat(holding.readBody(admitted)).isEqualTo(
                        Served.engine().toJsonLine(Served.engine().decide(fr.justedroit.Requests.fromJson(line)), fr.justedroit.Language.FR)
                                + System.lineSeparator());
            }
            HttpResponse<String> after = Served.post(tiny, "/decide", household);
            assertThat(after.statusCode()).isEqualTo(200);
        }
    }
}
