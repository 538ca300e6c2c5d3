package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code justedroit simulate} as the README runs it. */
class SimulateCommandTest {
    static final Path REFORMS = Path.of("..", "examples", "reforms");

    @Test
    void theTotalsAreTheSumOfTheDecisions() {
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--households", "300", "--seed", "5",
                "--month", "2025-06", "--format", "csv", "--no-progress", "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("Decided 300 households", "households/s on 2 threads").doesNotContain("\r");

        Map<String, BigDecimal> total = new HashMap<>();
        Map<String, Long> paid = new HashMap<>();
        JusteDroit engine = JusteDroit.builder().catalog().build();
        for (Request h : new HouseholdGenerator(5).households(YearMonth.of(2025, 6), 300).toList()) {
            for (Decision d : engine.decide(h).decisions()) {
                if (d.status() == Status.ELIGIBLE && d.amount().signum() > 0) {
                    total.merge(d.benefit(), d.amount(), BigDecimal::add);
                    paid.merge(d.benefit(), 1L, Long::sum);
                }
            }
        }
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[0]).isEqualTo("benefit,beneficiaries,eligible_zero,ineligible,not_computable,monthly_total,average_monthly,annual_cost");
        assertThat(lines).hasSizeGreaterThan(1);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            String benefit = cells[0];
            assertThat(Long.parseLong(cells[1])).as(benefit).isEqualTo(paid.getOrDefault(benefit, 0L));
            assertThat(new BigDecimal(cells[5])).as(benefit).isEqualByComparingTo(total.getOrDefault(benefit, BigDecimal.ZERO));
            assertThat(new BigDecimal(cells[7])).as(benefit).isEqualByComparingTo(new BigDecimal(cells[5]).multiply(BigDecimal.valueOf(12)));
        }
    }

    @Test
    void aReformIsComparedWithTheLawInForce() {
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--households", "200", "--seed", "5", "--month", "2025-06",
                "--reform", REFORMS.resolve("rsa-plus-10").toString(), "--progress");
        assertThat(r.status()).as(r.err()).isZero();
        // Asked for, the progress bar is drawn on stderr, in place, and ends full.
        assertThat(r.err()).contains("\r[##############################] 100 %  200/200 households");
        assertThat(r.out()).contains("Reform ", "rsa-plus-10 against the law in force: 200 synthetic households (seed 5), June 2025",
                "winners", "average gain", "already paid", "new rights", "their amount", "annual difference", "Households whose monthly benefits rise");
        // rsa, paid before and after, winners and their average gain, of whom already paid and new rights (with
        // their averages), no loser, no lost right, a positive monthly and annual difference.
        assertThat(r.out()).containsPattern("\\nrsa +\\d+ +\\d+ +\\d+ +\\d+\\.\\d\\d +\\d+ +\\d+\\.\\d\\d +\\d+ +\\d+\\.\\d\\d"
                + " +0 +0\\.00 +0 +\\+[\\d ]+\\.\\d\\d +\\+[\\d ]+\\.\\d\\d\\n");
        assertThat(r.err()).contains("with 2 engines");
    }

    @Test
    void aReformThatNamesAnUnknownParameterIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("parameters.yaml"), """
                rsa.montant_forfaitaire.bas:
                  description: a typo
                  unit: euros
                  values:
                    - since: 2025-04-01
                      value: 700
                      source: test
                """);
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--households", "10", "--month", "2025-06",
                "--reform", dir.toString(), "--no-progress");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("parameters the rule sets do not have: rsa.montant_forfaitaire.bas");
    }

    @Test
    void oneHouseholdCanBeShownToReproduceIt() {
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--seed", "5", "--month", "2025-06", "--show-household", "17");
        assertThat(r.status()).isZero();
        Request shown = Requests.fromJson(r.out());
        Request expected = new HouseholdGenerator(5).household(17, YearMonth.of(2025, 6));
        assertThat(Requests.toJson(Requests.fromJson(Requests.toJson(expected)))).isEqualTo(Requests.toJson(shown));
    }

    @Test
    void aMonthOutsideTheLawIsRefused() {
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--households", "10", "--month", "2031-01");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("the law is not known for 2031-01");
        EvaluateExamplesTest.Run none = EvaluateExamplesTest.run("simulate", "--households", "10");
        assertThat(none.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(none.err()).contains("--month");
    }


    @Test
    void aPopulationFileIsDecidedAndItsTablesWritten(@TempDir Path out) throws Exception {
        Path input = Path.of("..", "examples", "src", "test", "resources", "population", "by-hand.jsonl");
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--input", input.toString(),
                "--reform", REFORMS.resolve("rsa-plus-10").toString(), "--out", out.toString(), "--threads", "2");
        // Two lines break the format or the contract: exit 2, each named by its line, id and path; the others decided.
        assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("2 line(s) not decided", "line 4 (id e): line 4 breaks the contract; weight: is -1",
                "line 6 (id f)", "request.household.persons[0].birthDate").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).contains("5 households read, 3 decided (weight 6.5), 2 not decided");
        // The RSA of two single adults without income, weights 2 and 1.5: 3.5 × 646.52 = 2 262.82 (décret n° 2025-293),
        // 3.5 × 711.17 = 2 489.095 under the reform (FileSimulationTest works every table out).
        assertThat(Files.readAllLines(out.resolve("totals.csv"))).contains("rsa,2,3.5,2262.82,2,3.5,2489.095,226.275");
        for (String table : new String[] {"labels.csv", "deciles.csv", "deciles.svg", "winners_losers.csv", "payments.csv",
                "non_take_up.csv", "over_payment.csv", "errors.jsonl"}) {
            assertThat(out.resolve(table)).as(table).exists();
        }
    }

    @Test
    void withAPopulationFileTheSyntheticOptionsAreRefused(@TempDir Path out) {
        Path input = Path.of("..", "examples", "src", "test", "resources", "population", "by-hand.jsonl");
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("simulate", "--input", input.toString(), "--households", "10",
                "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--households: not with --input");
        EvaluateExamplesTest.Run missing = EvaluateExamplesTest.run("simulate", "--input", "no-such-file.jsonl", "--out", out.toString());
        assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("--input: no-such-file.jsonl: no such file");
        EvaluateExamplesTest.Run noMonth = EvaluateExamplesTest.run("simulate", "--households", "3");
        assertThat(noMonth.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(noMonth.err()).contains("--month: missing");
    }
}
