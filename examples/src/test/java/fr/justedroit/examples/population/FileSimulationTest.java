package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.justedroit.examples.Engines;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population file of three households decided under the law and under {@code reforms/rsa-plus-10},
 * every figure below worked out by hand from the amounts the law gives each household (June 2025):
 *
 * <ul>
 * <li>{@code a} (weight 2) and {@code b} (weight 1.5): a single adult, tenant without housing aid, no
 *     income: the RSA is the montant forfaitaire, 646.52 € (CASF art. L262-2 and R262-1; décret
 *     n° 2025-293 du 29 mars 2025), 711.17 € under the reform (its parameters.yaml: 646.52 × 1.1 =
 *     711.172, to the cent); no prime d'activité without earnings (CSS art. L842-1).</li>
 * <li>{@code c} (weight 3): the same adult earning 3 000 € a month from February to May 2025: no RSA
 *     (3 000 > 646.52, CASF L262-2) and no prime d'activité (its montant forfaitaire, about 633 €, + 61 %
 *     of 3 000 + a bonus of at most about 185 € is below the 3 000 € of resources: CSS L842-3).</li>
 * <li>line 4 ({@code e}): weight −1, refused by path {@code weight}; line 5 blank; line 6 ({@code f}):
 *     a birth date in month 13, refused by path {@code request.household.persons[0].birthDate}.</li>
 * </ul>
 */
class FileSimulationTest {
    static final Path BY_HAND = Path.of("src", "test", "resources", "population", "by-hand.jsonl");
    static final Path UNDER_PAID = Path.of("src", "test", "resources", "population", "under-paid.jsonl");

    private static FileSimulation.Result run(Path out, boolean reform) throws Exception {
        try (FileLists lists = new FileLists(out)) {
            FileSimulation.Result r = new FileSimulation(BY_HAND, null, 2).run(Engines.law(), reform ? Engines.rsaPlus10() : null, lists);
            FileReports.write(r, out);
            return r;
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void totalsAreWeightedAndExactWithTheReformBesideTheLaw(@TempDir Path out) throws Exception {
        FileSimulation.Result r = run(out, true);
        assertThat(r.lines()).isEqualTo(5);
        assertThat(r.decided()).isEqualTo(3);
        assertThat(r.refused()).isEqualTo(2);
        assertThat(Csv.weight(r.weightedHouseholds())).isEqualTo("6.5");
        // RSA: a and b are paid; weighted recipients 2 + 1.5 = 3.5; 2 × 646.52 + 1.5 × 646.52 = 1 293.04 + 969.78 = 2 262.82;
        // reform 2 × 711.17 + 1.5 × 711.17 = 1 422.34 + 1 066.755 = 2 489.095 (exact: the half cent stays); difference 226.275.
        assertThat(lines(out.resolve("totals.csv"))).containsExactly(
                "benefit,households,weighted_recipients,weighted_monthly_amount,reform_households,reform_weighted_recipients,"
                        + "reform_weighted_monthly_amount,weighted_monthly_difference",
                "rsa,2,3.5,2262.82,2,3.5,2489.095,226.275",
                "prime_activite,0,0,0.00,0,0,0.00,0.00");
    }

    @Test
    void labelsBreakTheTotalsDown(@TempDir Path out) throws Exception {
        run(out, true);
        // departement 11: b alone (1.5 × 646.52 = 969.78; 1.5 × 711.17 = 1 066.755); 66: a and c, weight 5, only a paid
        // (2 × 646.52 = 1 293.04; 2 × 711.17 = 1 422.34); type seul: all three.
        assertThat(lines(out.resolve("labels.csv"))).containsExactly(
                "label,value,households,weighted_households,benefit,benefit_households,weighted_recipients,weighted_monthly_amount,"
                        + "reform_benefit_households,reform_weighted_recipients,reform_weighted_monthly_amount,weighted_monthly_difference",
                "departement,11,1,1.5,rsa,1,1.5,969.78,1,1.5,1066.755,96.975",
                "departement,11,1,1.5,prime_activite,0,0,0.00,0,0,0.00,0.00",
                "departement,66,2,5,rsa,1,2,1293.04,1,2,1422.34,129.30",
                "departement,66,2,5,prime_activite,0,0,0.00,0,0,0.00,0.00",
                "type,seul,3,6.5,rsa,2,3.5,2262.82,2,3.5,2489.095,226.275",
                "type,seul,3,6.5,prime_activite,0,0,0.00,0,0,0.00,0.00");
    }

    @Test
    void decilesOfOwnIncomeAndTheReformsWinners(@TempDir Path out) throws Exception {
        run(out, true);
        // Own incomes (March to May 2025): a and b 0, c 9 000 / 3 = 3 000.00. a and b (weight 3.5 of 6.5) have nobody
        // poorer: decile 1. c has 3.5 of 6.5 below it: 10 × 3.5 / 6.5 = 5.38, decile 6. The average change of decile 1
        // is 226.275 / 3.5 = 64.65 (= 711.17 − 646.52).
        List<String> deciles = lines(out.resolve("deciles.csv"));
        assertThat(deciles).hasSize(11);
        assertThat(deciles.get(1)).isEqualTo("1,2,3.5,0.00,0.00,2262.82,646.52,2489.095,226.275,64.65,3.5,0");
        assertThat(deciles.get(2)).isEqualTo("2,0,0,,,0.00,0.00,0.00,0.00,0.00,0,0");
        assertThat(deciles.get(6)).isEqualTo("6,1,3,3000.00,3000.00,0.00,0.00,0.00,0.00,0.00,0,0");
        assertThat(lines(out.resolve("winners_losers.csv"))).containsExactly(
                "benefit,winner_households,weighted_winners,weighted_gain,average_gain,weighted_new_rights,loser_households,"
                        + "weighted_losers,weighted_loss,average_loss,weighted_lost_rights",
                "rsa,2,3.5,226.275,64.65,0,0,0,0.00,0.00,0",
                "prime_activite,0,0,0.00,0.00,0,0,0,0.00,0.00,0",
                "all_monthly,2,3.5,226.275,64.65,0,0,0,0.00,0.00,0");
        String svg = Files.readString(out.resolve("deciles.svg"));
        assertThat(svg).startsWith("<svg ").contains("id=\"bar-1\" data-change=\"64.65\"", "id=\"bar-6\" data-change=\"0.00\"",
                "+64.65 €").doesNotContain("<script");
    }

    @Test
    void nonTakeUpAndOverPaymentAreListedWithTheirAmounts(@TempDir Path out) throws Exception {
        run(out, true);
        // a is paid its 646.52: nothing to say. b gives "paid": {} while due 646.52: non-take-up. c is paid 50 of an RSA
        // it is not due: over-payment of 50 (weighted 3 × 50 = 150). Under the law in force, not the reform.
        assertThat(lines(out.resolve("non_take_up.csv"))).containsExactly("line,id,weight,benefit,due,paid", "2,b,1.5,rsa,646.52,0.00");
        assertThat(lines(out.resolve("over_payment.csv"))).containsExactly("line,id,weight,benefit,due,paid,excess",
                "3,c,3,rsa,0.00,50.00,50.00");
        assertThat(lines(out.resolve("payments.csv"))).containsExactly(
                "benefit,non_take_up_households,weighted_non_take_up,weighted_monthly_unpaid,over_paid_households,"
                        + "weighted_over_paid,weighted_monthly_excess,under_paid_households,weighted_under_paid,weighted_monthly_shortfall",
                "rsa,1,1.5,969.78,1,3,150.00,0,0,0.00",
                "prime_activite,0,0,0.00,0,0,0.00,0,0,0.00");
        assertThat(lines(out.resolve("under_payment.csv"))).containsExactly("line,id,weight,benefit,due,paid,shortfall");
    }

    /**
     * {@code under-paid.jsonl}: four single adults without income, each due the RSA's montant forfaitaire,
     * 646.52 € (CASF art. L262-2 and R262-1; décret n° 2025-293 du 29 mars 2025). {@code u} (weight 2) is
     * paid 600: under-paid by 46.52 (weighted 93.04); {@code v} is paid its due; line 3 repeats the id
     * {@code u}: refused, counted in no total; {@code w} (weight 0.5) is paid 0.52: under-paid by 646.00
     * (weighted 323.00).
     */
    @Test
    void underPaymentIsListedBesideTheOthersAndARepeatedIdIsRefused(@TempDir Path out) throws Exception {
        FileSimulation.Result r;
        try (FileLists lists = new FileLists(out)) {
            r = new FileSimulation(UNDER_PAID, null, 2).run(Engines.law(), null, lists);
            FileReports.write(r, out);
        }
        assertThat(r.decided()).isEqualTo(3);
        assertThat(r.refused()).isEqualTo(1);
        assertThat(lines(out.resolve("under_payment.csv"))).containsExactly("line,id,weight,benefit,due,paid,shortfall",
                "1,u,2,rsa,646.52,600.00,46.52", "4,w,0.5,rsa,646.52,0.52,646.00");
        assertThat(lines(out.resolve("non_take_up.csv"))).containsExactly("line,id,weight,benefit,due,paid");
        assertThat(lines(out.resolve("over_payment.csv"))).containsExactly("line,id,weight,benefit,due,paid,excess");
        // 93.04 + 0.5 × 646.00 = 93.04 + 323.00 = 416.04, over the weight 2 + 0.5.
        assertThat(lines(out.resolve("payments.csv"))).contains("rsa,0,0,0.00,0,0,0.00,2,2.5,416.04");
        JsonNode error = new ObjectMapper().readTree(lines(out.resolve("errors.jsonl")).get(0)).get("error");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("id").asText()).isEqualTo("u");
        assertThat(error.get("errors").get(0).get("path").asText()).isEqualTo("id");
        assertThat(error.get("errors").get(0).get("problem").asText()).isEqualTo("'u' is already the id of line 1");
        // The repeated line counts in no total: u, v and w are paid 646.52 each, weighted 2 + 1 + 0.5 = 3.5 → 2 262.82.
        assertThat(lines(out.resolve("totals.csv"))).contains("rsa,3,3.5,2262.82");
    }

    @Test
    void badLinesAreReportedWithTheirLineIdAndPathAndTheOthersDecided(@TempDir Path out) throws Exception {
        run(out, false);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> errors = new ArrayList<>();
        for (String line : lines(out.resolve("errors.jsonl"))) {
            errors.add(json.readTree(line).get("error"));
        }
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(4);
        assertThat(errors.get(0).get("id").asText()).isEqualTo("e");
        assertThat(errors.get(0).get("errors").get(0).get("path").asText()).isEqualTo("weight");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(6);
        assertThat(errors.get(1).get("id").asText()).isEqualTo("f");
        assertThat(errors.get(1).get("errors").get(0).get("path").asText()).isEqualTo("request.household.persons[0].birthDate");
        // Without a reform: the law's columns only, and no reform tables.
        assertThat(lines(out.resolve("totals.csv"))).containsExactly("benefit,households,weighted_recipients,weighted_monthly_amount",
                "rsa,2,3.5,2262.82", "prime_activite,0,0,0.00");
        assertThat(out.resolve("winners_losers.csv")).doesNotExist();
        assertThat(out.resolve("deciles.svg")).doesNotExist();
    }

    @Test
    void eachFieldOfALineIsCheckedAndNamed() {
        assertThat(errorPaths("{\"id\":\"x\",\"request\":{},\"wieght\":2}")).containsExactly("wieght");
        assertThat(errorPaths("{\"request\":{}}")).containsExactly("id");
        assertThat(errorPaths("{\"id\":\"x\",\"weight\":\"2\",\"request\":{}}")).containsExactly("weight");
        assertThat(errorPaths("{\"id\":\"x\",\"weight\":0,\"request\":{}}")).containsExactly("weight");
        assertThat(errorPaths("{\"id\":\"x\",\"labels\":{\"d\":66},\"request\":{}}")).containsExactly("labels.d");
        assertThat(errorPaths("{\"id\":\"x\",\"paid\":{\"rsa\":-1,\"RSA\":1},\"request\":{}}")).containsExactly("paid.rsa", "paid.RSA");
        assertThat(errorPaths("{\"id\":\"x\"}")).containsExactly("request");
        assertThat(errorPaths("{\"id\":\"x\",\"id\":\"y\",\"request\":{}}")).containsExactly("(line)");
        assertThat(errorPaths("[1]")).containsExactly("(line)");
        PopulationFile.Line good = PopulationFile.read(7, "{\"id\":\"x\",\"weight\":1.10,\"request\":{\"month\":\"2025-06\"}}", null);
        assertThat(good.household().weight()).hasToString("1.10");
        assertThat(good.household().line()).isEqualTo(7);
    }

    private static List<String> errorPaths(String line) {
        PopulationFile.Line read = PopulationFile.read(1, line, null);
        assertThat(read.household()).isNull();
        return ((fr.justedroit.BatchEntry.Unreadable) read.entry()).errors().stream().map(fr.justedroit.InputError::path).toList();
    }

    @Test
    void thePublishedSchemaHasTheFieldsTheReaderReads() throws Exception {
        JsonNode schema;
        try (InputStream in = FileSimulationTest.class.getClassLoader().getResourceAsStream(PopulationFile.SCHEMA)) {
            assertThat(in).as(PopulationFile.SCHEMA).isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactly("id", "labels", "paid", "request", "weight");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("required").toString()).isEqualTo("[\"id\",\"request\"]");
        assertThat(schema.get("properties").get("request").get("$ref").asText()).isEqualTo("request.schema.json");
        assertThat(schema.get("properties").get("weight").get("default").asInt()).isEqualTo(1);
    }
}
