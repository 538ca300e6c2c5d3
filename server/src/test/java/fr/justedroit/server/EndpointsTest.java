package fr.justedroit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.justedroit.Language;
import fr.justedroit.Requests;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each endpoint, spoken to over HTTP on a loopback port. */
class EndpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JusteDroitServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Served.start(ServerLimits.DEFAULT);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void decideAnswersWhatTheEngineDecidesInEitherLanguage() throws Exception {
        String household = Served.household("couple-2-enfants.json");
        var engine = Served.engine();
        var decided = engine.decide(Requests.fromJson(household));

        HttpResponse<String> fr = Served.post(server, "/decide", household);
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(fr.body()).isEqualTo(engine.toJson(decided, Language.FR) + "\n");

        HttpResponse<String> en = Served.post(server, "/decide?lang=en", household);
        assertThat(en.body()).isEqualTo(engine.toJson(decided, Language.EN) + "\n").isNotEqualTo(fr.body());

        HttpResponse<String> text = Served.post(server, "/decide/text?lang=en", household);
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(text.body()).isEqualTo(engine.toText(decided, Language.EN));
    }

    @Test
    void rulesListEveryRuleWithItsLegalReference() throws Exception {
        HttpResponse<String> r = Served.get(server, "/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rules = JSON.readTree(r.body()).get("rules");
        assertThat(rules.size()).isEqualTo(Served.engine().catalog().rules().size());
        JsonNode foyer = null;
        for (JsonNode rule : rules) {
            if (rule.get("name").asText().equals("rsa.foyer")) {
                foyer = rule;
            }
        }
        assertThat(foyer).as("rule rsa.foyer").isNotNull();
        assertThat(foyer.get("legalRef").asText()).isNotBlank();
    }

    @Test
    void parametersGiveTheirDatedValuesWithSources() throws Exception {
        HttpResponse<String> r = Served.get(server, "/parameters");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(r.body());
        assertThat(root.get("firstMonth").asText()).isEqualTo("2023-01");
        JsonNode base = null;
        for (JsonNode p : root.get("parameters")) {
            if (p.get("id").asText().equals("rsa.montant_forfaitaire.base")) {
                base = p;
            }
        }
        assertThat(base).as("rsa.montant_forfaitaire.base").isNotNull();
        assertThat(base.get("values").size()).isGreaterThan(1);
        for (JsonNode v : base.get("values")) {
            assertThat(v.get("since").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(v.get("source").asText()).isNotBlank();
        }
        // Décret n° 2025-293 du 29 mars 2025 (revaluation of the RSA): 646,52 € from 1 April 2025.
        assertThat(base.get("values").toString()).contains("{\"since\":\"2025-04-01\",\"value\":646.52");
    }

    @Test
    void healthSaysUp() throws Exception {
        HttpResponse<String> r = Served.get(server, "/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("up");
    }

    @Test
    void batchStreamsOneLinePerRequestInOrderWithBadLinesNamed() throws Exception {
        String good = Requests.toJsonLine(Requests.fromJson(Served.household("couple-2-enfants.json")));
        String body = good + "\n\n{\"month\":\"2025-06\"}\n" + "not json\n" + good.replace("2025-06", "2024-01") + "\n";
        HttpResponse<String> r = Served.post(server, "/batch?lang=en", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(4);
        var engine = Served.engine();
        assertThat(lines[0]).isEqualTo(engine.toJsonLine(engine.decide(Requests.fromJson(good)), Language.EN));
        JsonNode missing = JSON.readTree(lines[1]).get("error");
        assertThat(missing.get("line").asInt()).isEqualTo(3);
        assertThat(missing.get("errors").get(0).get("path").asText()).isEqualTo("household");
        assertThat(JSON.readTree(lines[2]).get("error").get("line").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(lines[3]).get("month").asText()).isEqualTo("2024-01");
    }

    @Test
    void batchLinesLongerThanTheLimitAreRefusedAndTheOthersDecided() throws Exception {
        try (JusteDroitServer small = Served.start(ServerLimits.DEFAULT.withMaxRequestBytes(2_000))) {
            String good = Requests.toJsonLine(Requests.fromJson(Served.household("couple-2-enfants.json")));
            String body = "{\"month\":\"2025-06\",\"x\":\"" + "a".repeat(5_000) + "\"}\n" + good + "\n";
            String[] lines = Served.post(small, "/batch", body).body().split("\n");
            assertThat(lines).hasSize(2);
            JsonNode error = JSON.readTree(lines[0]).get("error");
            assertThat(error.get("line").asInt()).isEqualTo(1);
            assertThat(error.get("errors").get(0).get("expected").asText()).contains("2000");
            assertThat(JSON.readTree(lines[1]).get("month").asText()).isEqualTo("2025-06");
        }
    }

    @Test
    void aBatchLargerThanTheLimitSaysWhereItStopped() throws Exception {
        String good = Requests.toJsonLine(Requests.fromJson(Served.household("couple-2-enfants.json")));
        try (JusteDroitServer small = Served.start(ServerLimits.DEFAULT.withMaxBatchBytes(3L * good.length()))) {
            String body = (good + "\n").repeat(10);
            // Declared: refused before anything is read.
            HttpResponse<String> declared = Served.post(small, "/batch", body);
            assertThat(declared.statusCode()).isEqualTo(413);
            // Chunked: the batch ends with an error object that says why the rest is not answered (the lines
            // read ahead before the limit was reached, if any, are answered before it).
            HttpResponse<String> chunked = Served.CLIENT.send(java.net.http.HttpRequest.newBuilder(small.uri().resolve("/batch"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).isEqualTo(200);
            String[] lines = chunked.body().split("\n");
            assertThat(lines.length).isBetween(1, 4);
            for (int i = 0; i < lines.length - 1; i++) {
                assertThat(lines[i]).startsWith("{\"month\":\"2025-06\"");
            }
            assertThat(lines[lines.length - 1]).contains("\"error\"", "larger than " + 3L * good.length() + " bytes");
        }
    }

    @Test
    void examplesAreServed() throws Exception {
        JsonNode list = JSON.readTree(Served.get(server, "/examples").body()).get("examples");
        assertThat(list.toString()).contains("\"name\":\"couple-2-enfants\"", "\"href\":\"/examples/couple-2-enfants.json\"");
        HttpResponse<String> one = Served.get(server, "/examples/couple-2-enfants.json");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(Served.household("couple-2-enfants.json"));
        HttpResponse<String> outside = Served.get(server, "/examples/..%2Fpom.xml");
        assertThat(outside.statusCode()).isIn(400, 404);
        assertThat(JSON.readTree(outside.body()).get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void sweepDrawsTheChartOfTheSweepCommand() throws Exception {
        HttpResponse<String> r = Served.post(server, "/sweep?person=alice&from=0&to=2000&step=100&lang=en",
                Served.household("couple-2-enfants.json"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        var request = Requests.fromJson(Served.household("couple-2-enfants.json"));
        String expected = fr.justedroit.examples.sweep.SweepChart.svg(fr.justedroit.examples.sweep.IncomeSweep.run(
                Served.engine(), request, "alice", fr.justedroit.IncomeType.NET_SOCIAL_SALARY,
                java.math.BigDecimal.ZERO, new java.math.BigDecimal("2000"), new java.math.BigDecimal("100")), Language.EN);
        assertThat(r.body()).isEqualTo(expected).contains("id=\"disposable\"");
    }

    @Test
    void thePageAndItsFilesAreServedWithAPolicyThatLoadsNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = Served.get(server, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'", "script-src 'self'");
        assertThat(page.body()).contains("<html lang=\"fr\"", "src=\"app.js\"").doesNotContain("http://", "https://");
        assertThat(Served.get(server, "/app.js").statusCode()).isEqualTo(200);
        assertThat(Served.get(server, "/style.css").statusCode()).isEqualTo(200);
    }
}
