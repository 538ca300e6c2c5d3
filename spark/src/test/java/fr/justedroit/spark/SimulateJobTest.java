package fr.justedroit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.justedroit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two cores) against {@code justedroit simulate --input} on the same
 * population: the first 300 households of the bundled {@code demo-2000.jsonl}, under the law in force
 * and the reform {@code rsa-plus-10}. Both are run through their public entry points
 * ({@link Main#run}, {@link SimulateJob#run}); neither result is computed from the other.
 */
class SimulateJobTest {
    static final Path DEMO = Path.of("..", "examples", "populations", "demo-2000.jsonl");
    static final Path REFORM = Path.of("..", "examples", "reforms", "rsa-plus-10");
    /** Every table and list both paths write. */
    static final List<String> FILES = List.of("totals.csv", "labels.csv", "deciles.csv", "payments.csv", "winners_losers.csv",
            "deciles.svg", "errors.jsonl", "non_take_up.csv", "over_payment.csv", "under_payment.csv");
    /** The tables whose figures do not depend on the order of the lines. */
    static final List<String> TABLES = List.of("totals.csv", "labels.csv", "deciles.csv", "payments.csv", "winners_losers.csv",
            "deciles.svg");

    @TempDir
    static Path work;
    static Path population;
    static Path oneMachine;
    static SparkSession spark;

    /** What a run printed, and its status. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        population = work.resolve("demo-300.jsonl");
        Files.write(population, Files.readAllLines(DEMO, StandardCharsets.UTF_8).subList(0, 300), StandardCharsets.UTF_8);
        oneMachine = work.resolve("one-machine");
        Run cli = cli("simulate", "--input", population.toString(), "--reform", REFORM.toString(), "--out", oneMachine.toString(),
                "--threads", "2");
        assertThat(cli.status()).as(cli.err()).isZero();
        spark = SparkSession.builder().master("local[2]").appName("SimulateJobTest").config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SimulateJob.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theJobWritesTheSameTablesAndListsAsOneMachineToTheByte(@TempDir Path out) throws Exception {
        int builds = Engines.builds();
        Run r = job("--master", "local[2]", "--partitions", "3", "--input", population.toString(), "--reform", REFORM.toString(),
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("300 households read, 300 decided");
        assertThat(r.err()).contains("Decided 300 households in ").contains("on local[2], 3 partitions");
        // Three partitions, one JVM: the engines of the reform are built once at most (by the driver), not per partition.
        assertThat(Engines.builds() - builds).isLessThanOrEqualTo(1);
        for (String file : FILES) {
            assertThat(read(out.resolve(file))).as(file).isEqualTo(read(oneMachine.resolve(file)));
        }
        // Not an empty equality: the RSA is paid under both laws, and the reform costs something.
        List<String> totals = Files.readAllLines(out.resolve("totals.csv"));
        String rsa = totals.stream().filter(l -> l.startsWith("rsa,")).findFirst().orElseThrow();
        String[] cells = rsa.split(",");
        assertThat(Long.parseLong(cells[1])).isPositive();
        assertThat(new BigDecimal(cells[7])).isPositive();
        assertThat(Files.readAllLines(out.resolve("non_take_up.csv"))).hasSizeGreaterThan(1);

        // decisions.parquet: one row per household and benefit, whose weighted amounts add up to totals.csv's.
        List<Row> rows = spark.read().parquet(out.resolve("decisions.parquet").toString()).collectAsList();
        assertThat(rows.stream().map(x -> x.getAs("id")).distinct().count()).isEqualTo(300);
        Map<String, BigDecimal> law = new HashMap<>();
        Map<String, BigDecimal> reform = new HashMap<>();
        for (Row row : rows) {
            BigDecimal weight = row.getAs("weight");
            law.merge(row.getAs("benefit"), weight.multiply(row.getAs("amount")), BigDecimal::add);
            reform.merge(row.getAs("benefit"), weight.multiply(row.getAs("reform_amount")), BigDecimal::add);
        }
        for (String line : totals.subList(1, totals.size())) {
            String[] c = line.split(",");
            assertThat(law.get(c[0])).as(c[0]).isEqualByComparingTo(new BigDecimal(c[3]));
            assertThat(reform.get(c[0])).as(c[0]).isEqualByComparingTo(new BigDecimal(c[6]));
        }
    }

    @Test
    void householdsThatBreakTheContractAreReportedByIdAndTheOthersDecided(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(population, StandardCharsets.UTF_8).subList(0, 40));
        lines.set(4, lines.get(4).replace("\"weight\":", "\"weight\":-"));                                  // line 5
        lines.set(9, "{\"id\":\"broken\",");                                                                    // line 10
        lines.set(14, lines.get(14).replaceFirst("\"birthDate\":\"(\\d{4})-\\d\\d", "\"birthDate\":\"$1-13"));  // line 15
        lines.set(19, "");                                                                                     // line 20, blank
        lines.set(24, lines.get(24).replaceFirst("\"id\":\"D\\d+\"", "\"id\":\"D00002\""));                    // line 25
        Path bad = dir.resolve("bad.jsonl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            // Line 30: a label in Latin-1 ("Pyrénées" with é as the byte 0xE9), not UTF-8.
            bytes.writeBytes(i == 29 ? lines.get(i).replace("\"type\":\"", "\"type\":\"Pyr\u00e9n\u00e9es").getBytes(StandardCharsets.ISO_8859_1)
                    : lines.get(i).getBytes(StandardCharsets.UTF_8));
            bytes.write('\n');
        }
        Files.write(bad, bytes.toByteArray());

        Run cli = cli("simulate", "--input", bad.toString(), "--out", dir.resolve("cli").toString(), "--threads", "2");
        Run r = job("--master", "local[2]", "--input", bad.toString(), "--out", dir.resolve("spark").toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("39 households read, 34 decided");
        assertThat(r.err()).contains("5 line(s) not decided");

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> errors = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("spark").resolve("errors.jsonl"))) {
            errors.add(json.readTree(line).get("error"));
        }
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(5, 10, 15, 25, 30);
        assertThat(errors.get(0).get("id").asText()).isEqualTo("D00004");
        assertThat(errors.get(0).get("errors").get(0).get("path").asText()).isEqualTo("weight");
        assertThat(errors.get(1).get("errors").get(0).get("path").asText()).isEqualTo("(line)");
        assertThat(errors.get(2).get("id").asText()).isEqualTo("D00014");
        assertThat(errors.get(2).get("errors").get(0).get("path").asText()).startsWith("request.household.persons[").endsWith("birthDate");
        assertThat(errors.get(3).get("id").asText()).isEqualTo("D00002");
        assertThat(errors.get(3).get("errors").get(0).get("problem").asText()).isEqualTo("'D00002' is already the id of line 3");
        assertThat(errors.get(4).get("errors").get(0).get("problem").asText()).isEqualTo("the line is not valid UTF-8 text");
        for (String file : List.of("errors.jsonl", "totals.csv", "labels.csv", "deciles.csv", "payments.csv", "non_take_up.csv",
                "over_payment.csv", "under_payment.csv")) {
            assertThat(read(dir.resolve("spark").resolve(file))).as(file).isEqualTo(read(dir.resolve("cli").resolve(file)));
        }
    }

    @Test
    void aParquetPopulationGivesTheSameTotalsAsItsJsonLines(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("demo-300.parquet");
        assertThat(ToParquet.run("--master", "local[2]", "--input", population.toString(), "--out", table.toString())).isZero();
        assertThat(spark.read().parquet(table.toString()).count()).isEqualTo(300);
        Run r = job("--master", "local[2]", "--input", table.toString(), "--reform", REFORM.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.status()).as(r.err()).isZero();
        for (String file : TABLES) {
            assertThat(read(dir.resolve("out").resolve(file))).as(file).isEqualTo(read(oneMachine.resolve(file)));
        }
    }

    @Test
    void aWrongOptionIsSaidAndNothingRuns() {
        Run r = job("--input", "no-such-file.jsonl");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--input: no-such-file.jsonl: no such file");
        assertThat(job("--input", "file:///no/such/file.jsonl").err()).contains("--input: file:///no/such/file.jsonl: no such file");
        assertThat(job("--input", population.toString(), "--partitions", "0").err()).contains("--partitions: 0 (expected 1 or more)");
        assertThat(job("--input", population.toString(), "--reform", "nowhere").err()).contains("--reform: nowhere: no such folder");
    }
}
