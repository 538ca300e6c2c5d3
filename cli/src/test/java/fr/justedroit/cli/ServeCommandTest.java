package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.server.JusteDroitServer;
import fr.justedroit.server.ServerLimits;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP service answers what {@code justedroit evaluate} prints, byte for byte. */
class ServeCommandTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private static JusteDroitServer server;

    @BeforeAll
    static void start() throws Exception {
        // The engine of the command line (the bundled catalog, built once per process), as `serve` builds it;
        // room for 1 000 requests at once.
        JusteDroit engine = new EngineOptions().build();
        server = JusteDroitServer.start(engine, "127.0.0.1", 0, ServerLimits.DEFAULT.withConcurrency(4, 1_000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static HttpResponse<String> send(String path, String body) throws Exception {
        return CLIENT.send(post(path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyBundledHouseholdIsAnsweredAsEvaluatePrintsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("..", "examples", "households"))) {
            files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            Cli fr = Cli.run("evaluate", file.toString());
            assertThat(fr.status()).isZero();
            assertThat(send("/decide", body).body()).as(file.toString()).isEqualTo(fr.out());
            assertThat(send("/decide?lang=en", body).body()).as(file + " in English")
                    .isEqualTo(Cli.run("evaluate", file.toString(), "--lang", "en").out());
            assertThat(send("/decide/text", body).body()).as(file + " as text")
                    .isEqualTo(Cli.run("evaluate", file.toString(), "--format", "text").out());
        }
    }

    @Test
    void theBundledBatchIsAnsweredAsEvaluatePrintsIt() throws Exception {
        Path batch = Path.of("..", "examples", "households", "batch.jsonl");
        Cli evaluated = Cli.run("evaluate", batch.toString());
        assertThat(evaluated.out()).contains("\"error\"", "\"line\":2");
        HttpResponse<String> served = send("/batch", Files.readString(batch, StandardCharsets.UTF_8));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(evaluated.out());
    }

    @Test
    void aThousandConcurrentRequestsAreAnsweredAsEvaluatePrintsThem(@TempDir Path dir) throws Exception {
        HouseholdGenerator generator = new HouseholdGenerator(18);
        List<Request> requests = generator.households(YearMonth.of(2025, 6), 1_000).toList();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (Request r : requests) {
            answers.add(CLIENT.sendAsync(post("/decide", Requests.toJson(r)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        // The same requests through the command line, one file each (in parallel: the command is thread-safe).
        List<Cli> evaluated = java.util.stream.IntStream.range(0, requests.size()).parallel().mapToObj(i -> {
            try {
                Path file = dir.resolve("household-" + i + ".json");
                Files.writeString(file, Requests.toJson(requests.get(i)), StandardCharsets.UTF_8);
                return Cli.run("evaluate", file.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        int decided = 0;
        for (int i = 0; i < requests.size(); i++) {
            HttpResponse<String> served = answers.get(i).get();
            Cli cli = evaluated.get(i);
            assertThat(served.statusCode()).as("household %d", i).isEqualTo(cli.status() == Main.OK ? 200 : 400);
            if (cli.status() == Main.OK) {
                assertThat(served.body()).as("household %d: %s", i, Requests.toJsonLine(requests.get(i))).isEqualTo(cli.out());
                decided++;
            }
        }
        assertThat(decided).as("generated households are valid requests").isEqualTo(requests.size());
    }

    @Test
    void serveStartsTheServiceOnTheRequestedPort() throws Exception {
        StringWriter out = new StringWriter();
        Thread serving = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0"), "serve-command");
        serving.setDaemon(true); // the command runs until the process stops
        serving.start();
        Pattern started = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+/)");
        Matcher m = started.matcher("");
        for (int i = 0; i < 600 && !m.find(); i++) {
            Thread.sleep(100);
            m = started.matcher(out.toString());
        }
        assertThat(m.find(0)).as("serve printed its address: %s", out).isTrue();
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create(m.group(1)).resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\" : \"up\"");
    }

    @Test
    void serveRefusesAPortThatIsNone() {
        Cli cli = Cli.run("serve", "--port", "70000");
        assertThat(cli.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("--port: 70000 is not a port");
    }
}
