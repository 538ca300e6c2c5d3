package fr.justedroit.catalog.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.catalog.CatalogEngine;
import fr.justedroit.history.BenefitTotals;
import fr.justedroit.history.History;
import fr.justedroit.history.HistoryJson;
import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.HistoryStatement;
import fr.justedroit.history.Kind;
import fr.justedroit.history.MonthDifference;
import fr.justedroit.history.Timeline;
import fr.justedroit.history.Timelines;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The bundled timelines (examples/timelines), each recomputed and checked against figures worked by hand
 * from the barèmes: the RSA's montant forfaitaire (CASF R262-1: 598.54 € from 2022-07-01, loi n° 2022-1158
 * art. 9; 607.75 € from 2023-04-01; 635.71 € from 2024-04-01, décret n° 2024-396; +50 % for a second person,
 * rounded to the cent: 635.71 + 317.86 = 953.57), the prime d'activité's pente (CSS D843-3: 61 % of earned
 * income; the foyer's resources below its montant forfaitaire, so the prime is 61 % of the earnings), the AAH's
 * montant maximal (CSS D821-2: 1 016.05 € from 2024-04-01, décret n° 2024-397), and the freeze of the quarter
 * (CASF R262-4: the amount liquidated at an examination from the three months before it, CASF R262-7).
 */
class HistoryExamplesTest {
    static final Path TIMELINES = Path.of("..", "examples", "timelines");

    static Timeline timeline(String file) throws IOException {
        return Timelines.read(file, Files.readString(TIMELINES.resolve(file)));
    }

    static HistoryResult recompute(Timeline timeline) {
        return History.on(CatalogEngine.get()).recompute(timeline);
    }

    static MonthDifference line(HistoryResult r, String month, String benefit, String beneficiary) {
        return r.month(YearMonth.parse(month), benefit, beneficiary).orElseThrow();
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void lateDeclarationOfAPartnersSalary() throws IOException {
        HistoryResult r = recompute(timeline("declaration-tardive-conjoint.json"));
        // April to June 2024: liquidated at the examination of April from January to March (600 € a month),
        // although the salary was 650 € from April: 953.57 - 600 = 353.57; paid 953.57; indu 600.00.
        for (String m : new String[] {"2024-04", "2024-05", "2024-06"}) {
            MonthDifference rsa = line(r, m, "rsa", "household");
            assertThat(rsa.paid()).isEqualByComparingTo("953.57");
            assertThat(rsa.paidGiven()).isTrue();
            assertThat(rsa.due()).isEqualByComparingTo("353.57");
            assertThat(rsa.difference()).isEqualByComparingTo("-600.00");
            assertThat(rsa.kind()).isEqualTo(Kind.INDU);
            assertThat(rsa.recoverable()).isTrue();
            assertThat(rsa.examination()).isEqualTo(YearMonth.of(2024, 4));
            // Prime d'activité, never paid (the declared facts give none): 61 % × 600 = 366.00.
            MonthDifference prime = line(r, m, "prime_activite", "household");
            assertThat(prime.paidGiven()).isFalse();
            assertThat(prime.paid()).isEqualByComparingTo("0.00");
            assertThat(prime.due()).isEqualByComparingTo("366.00");
            assertThat(prime.kind()).isEqualTo(Kind.RAPPEL);
        }
        // July to September: the examination of July reads April to June, 650 € a month:
        // RSA 953.57 - 650 = 303.57 (indu 650.00); prime 61 % × 650 = 396.50.
        for (String m : new String[] {"2024-07", "2024-08", "2024-09"}) {
            assertThat(line(r, m, "rsa", "household").due()).isEqualByComparingTo("303.57");
            assertThat(line(r, m, "rsa", "household").difference()).isEqualByComparingTo("-650.00");
            assertThat(line(r, m, "prime_activite", "household").due()).isEqualByComparingTo("396.50");
        }
        // 3 × 600 + 3 × 650 = 3 750.00 of indus; 3 × 366.00 + 3 × 396.50 = 2 287.50 of rappels.
        assertThat(r.totals("rsa").orElseThrow()).isEqualTo(new BenefitTotals("rsa", euros("3750.00"), euros("0.00"), euros("0.00")));
        assertThat(r.totals("prime_activite").orElseThrow())
                .isEqualTo(new BenefitTotals("prime_activite", euros("0.00"), euros("2287.50"), euros("0.00")));
    }

    @Test
    void aCorrectedAahMovesTheRsa() throws IOException {
        HistoryResult r = recompute(timeline("aah-corrigee-rsa.yaml"));
        for (String m : new String[] {"2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"}) {
            // Declared 80 %: the AAH at the montant maximal, 1 016.05 € (CSS D821-2), paid; established 50 %
            // without the restriction (CSS L821-2): not due. Indu 1 016.05.
            MonthDifference aah = line(r, m, "aah", "claire");
            assertThat(aah.paid()).isEqualByComparingTo("1016.05");
            assertThat(aah.due()).isEqualByComparingTo("0.00");
            assertThat(aah.kind()).isEqualTo(Kind.INDU);
            // The RSA paid nothing on the declared facts (the AAH of the reference months, 971.37 € then
            // 1 016.05 €, exceeds 635.71 €); without the AAH the resources are nil: 635.71 due, a rappel.
            MonthDifference rsa = line(r, m, "rsa", "household");
            assertThat(rsa.paid()).isEqualByComparingTo("0.00");
            assertThat(rsa.due()).isEqualByComparingTo("635.71");
            assertThat(rsa.kind()).isEqualTo(Kind.RAPPEL);
        }
        // 6 × 1 016.05 = 6 096.30; 6 × 635.71 = 3 814.26.
        assertThat(r.totals("aah").orElseThrow().indus()).isEqualByComparingTo("6096.30");
        assertThat(r.totals("rsa").orElseThrow().rappels()).isEqualByComparingTo("3814.26");
    }

    @Test
    void theOldestMonthsArePrescribed() throws IOException {
        HistoryResult r = recompute(timeline("mois-prescrits.yaml"));
        // Check on 2025-04-15. March 2023 fell due on 2023-04-01: its two years ended on 2025-04-01
        // (CASF L262-45): prescribed. April 2023 fell due on 2023-05-01: still recoverable.
        for (String m : new String[] {"2023-01", "2023-02", "2023-03"}) {
            MonthDifference rsa = line(r, m, "rsa", "household");
            // 598.54 - 300 = 298.54 due, 598.54 paid: 300.00 of indu, prescribed.
            assertThat(rsa.due()).isEqualByComparingTo("298.54");
            assertThat(rsa.difference()).isEqualByComparingTo("-300.00");
            assertThat(rsa.recoverable()).isFalse();
            assertThat(rsa.prescribed()).isTrue();
            // The prime d'activité due, 61 % × 300 = 183.00, is prescribed too (the allocataire's two years).
            assertThat(line(r, m, "prime_activite", "household").due()).isEqualByComparingTo("183.00");
            assertThat(line(r, m, "prime_activite", "household").recoverable()).isFalse();
        }
        MonthDifference april = line(r, "2023-04", "rsa", "household");
        assertThat(april.due()).isEqualByComparingTo("307.75"); // 607.75 - 300
        assertThat(april.recoverable()).isTrue();
        // October to December: liquidated at the examination of October from July to September (300 € a
        // month), though no salary was received from October: 307.75 due, the quarter is frozen.
        assertThat(line(r, "2023-12", "rsa", "household").due()).isEqualByComparingTo("307.75");
        // RSA: 9 recoverable months × 300 = 2 700.00; 3 prescribed × 300 = 900.00.
        // Prime: 9 × 183 = 1 647.00 payable; 3 × 183 = 549.00 prescribed.
        assertThat(r.totals("rsa").orElseThrow()).isEqualTo(new BenefitTotals("rsa", euros("2700.00"), euros("0.00"), euros("900.00")));
        assertThat(r.totals("prime_activite").orElseThrow())
                .isEqualTo(new BenefitTotals("prime_activite", euros("0.00"), euros("1647.00"), euros("549.00")));
    }

    @Test
    void twoYearsAfterTheDueDateIsTheLastDayAndTheNextDayIsPrescribed() throws IOException {
        Timeline t = timeline("mois-prescrits.yaml");
        // March 2023 falls due on 2023-04-01; two years later, 2025-04-01, is the last day (Code civil art. 2229).
        assertThat(line(recompute(withCheckDate(t, LocalDate.of(2025, 4, 1), false)), "2023-03", "rsa", "household").recoverable()).isTrue();
        assertThat(line(recompute(withCheckDate(t, LocalDate.of(2025, 4, 2), false)), "2023-03", "rsa", "household").recoverable()).isFalse();
        // With a fraud, the caisse's action on the indu lasts five years (Code civil art. 2224); the
        // allocataire's on the prime's rappel stays at two.
        HistoryResult fraud = recompute(withCheckDate(t, LocalDate.of(2025, 4, 2), true));
        assertThat(line(fraud, "2023-03", "rsa", "household").recoverable()).isTrue();
        assertThat(line(fraud, "2023-03", "prime_activite", "household").recoverable()).isFalse();
    }

    @Test
    void anExaminationMonthIsDueWhatEvaluateGivesForThatMonthsFacts() throws IOException {
        Timeline t = timeline("declaration-tardive-conjoint.json");
        HistoryResult r = recompute(t);
        for (YearMonth exam : t.examinations()) {
            Response alone = CatalogEngine.get().decide(new Request(exam, t.establishedFacts().in(exam)));
            for (String benefit : new String[] {"rsa", "prime_activite"}) {
                assertThat(line(r, exam.toString(), benefit, "household").due())
                        .isEqualByComparingTo(alone.decision(benefit, "household").orElseThrow().amount());
            }
        }
    }

    @Test
    void theJsonAndTheStatementSayWhatChanged() throws IOException {
        HistoryResult r = recompute(timeline("aah-corrigee-rsa.yaml"));
        String json = HistoryJson.write(r, CatalogEngine.get(), Language.EN);
        assertThat(json).contains("\"benefit\" : \"aah\"", "\"kind\" : \"indu\"", "\"difference\" : -1016.05",
                "\"indus\" : 6096.30", "\"rappels\" : 3814.26");
        String fr = HistoryStatement.write(r, CatalogEngine.get(), Language.FR).replace('\u00a0', ' ').replace('\u202f', ' ');
        // A frozen month's reasons name the months the resources of its examination were received in.
        // April, May and June name January to March; July, August and September name April to June.
        assertThat(fr.split("\\(janvier 2024 : 0,00 € ; février 2024 : 0,00 € ; mars 2024 : 0,00 €\\)", -1)).hasSize(4);
        assertThat(fr.split("\\(avril 2024 : 0,00 € ; mai 2024 : 0,00 € ; juin 2024 : 0,00 €\\)", -1)).hasSize(4);
        assertThat(fr).contains("2024-04 — AAH (claire) : versé 1 016,05 €, dû 0,00 €, trop-perçu (indu) de 1 016,05 €.");
        assertThat(fr).contains("RSA : indus 0,00 €, rappels 3 814,26 €, prescrit 0,00 €.");
        String en = HistoryStatement.write(r, CatalogEngine.get(), Language.EN);
        assertThat(en).contains("2024-04 — RSA: paid €0.00, due €635.71, arrears (rappel) in your favour of €635.71.");
    }

    @Test
    void aFrozenMonthsReasonsNameTheMonthsOfItsExamination() throws IOException {
        HistoryResult r = recompute(timeline("declaration-tardive-conjoint.json"));
        String june = HistoryStatement.write(r, CatalogEngine.get(), Language.FR).replace('\u00a0', ' ').replace('\u202f', ' ');
        june = june.substring(june.indexOf("2024-06 — prime d'activité"), june.indexOf("2024-07 — RSA"));
        // June 2024 is liquidated at April's examination: the resources of January to March 2024, with the
        // montants of June itself (CSS R843-1, R843-2).
        assertThat(june).contains("les ressources de janvier 2024 à mars 2024", "au mois du droit (juin 2024)",
                "Mois de mars 2024 :", "janvier 2024 : 600,00 € ; février 2024 : 600,00 € ; mars 2024 : 600,00 €")
                .doesNotContain("avril 2024", "mai 2024");
    }

    @Test
    void theStatementSaysWhyAMonthIsPrescribed() throws IOException {
        String fr = HistoryStatement.write(recompute(timeline("mois-prescrits.yaml")), CatalogEngine.get(), Language.FR);
        assertThat(fr).contains("2023-01 — RSA : versé 598,54 €, dû 298,54 €, trop-perçu (indu) de 300,00 €.\n"
                + "  Prescrit : ce montant ne peut plus être réclamé (deux ans, CASF art. L262-45, dû le 2023-02-01, réexaminé le 2025-04-15).");
        assertThat(fr).contains("2023-04 — RSA : versé 607,75 €, dû 307,75 €, trop-perçu (indu) de 300,00 €.\n  Pourquoi");
    }

    static Timeline withCheckDate(Timeline t, LocalDate date, boolean fraud) {
        return new Timeline(t.from(), t.to(), t.examinations(), date, fraud, t.declared(), t.established(), t.paid());
    }
}
