package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Work in an ESAT (persons[].esat; CSS D821-10 and D821-5) in the decision's details: the amount before
 * the ceiling, the majoration pour la vie autonome, the ceiling with several dependants and with a couple
 * and a child before 2023-10-01, and with the R821-8 reduction. Gross monthly SMIC of June 2025: 11.88 ×
 * 151.67 = 1 801.8396 (décret n° 2024-951); of June 2023: 11.52 × 151.67 = 1 747.2384.
 */
class AahEsatTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    /** A person 80 % incapacitated, in an ESAT since 2021 (D821-10 c), with this 2023 income and more members. */
    private static Decision june2025(String taxable2023, String months, String more) {
        String json = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"e\", \"role\": \"applicant\","
                + " \"birthDate\": \"1990-07-07\", \"activity\": \"employed\", \"disability\": {\"incapacityRate\": 80,"
                + " \"employmentRestriction\": false}, \"incomes\": [{\"type\": \"taxable_income\", \"year\": 2023, \"amount\": "
                + taxable2023 + "}], \"esat\": {\"since\": \"2021-01-04\", \"months\": [" + months + "]}" + more + "],"
                + " \"housing\": {\"status\": \"tenant\", \"housingAid\": true}}}";
        return ENGINE.decide(Requests.fromJson(json)).decision("aah", "e").orElseThrow();
    }

    @Test
    void theDecisionKeepsTheAmountBeforeTheCeiling() {
        // D821-9: 6 000 × 20 % / 12 = 100.00; 1 033.32 − 100.00 = 933.32; ceiling 1 801.84 − 1 200.00 = 601.84.
        Decision d = june2025("6000", "{\"month\": \"2025-06\", \"aideAuPoste\": 880, \"remunerationGarantie\": 1200}", "}");
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(d.amount()).isEqualByComparingTo("601.84");
        assertThat((BigDecimal) d.details().get("beforeEsatCeiling")).isEqualByComparingTo("933.32");
        assertThat((BigDecimal) d.details().get("deconjugalise")).isEqualByComparingTo("933.32");
    }

    @Test
    void noMajorationVieAutonomeInAMonthPaidByTheEsat() {
        // Nil 2023 income: AAH 1 033.32, at the full rate; 1 801.84 − 500.00 = 1 301.84 leaves it whole. The
        // rémunération garantie is earned income of one's own (L821-1-2): no MVA.
        Decision paid = june2025("0", "{\"month\": \"2025-06\", \"aideAuPoste\": 400, \"remunerationGarantie\": 500}", "}");
        assertThat(paid.amount()).isEqualByComparingTo("1033.32");
        assertThat((BigDecimal) paid.details().get("beforeEsatCeiling")).isEqualByComparingTo("1033.32");
        assertThat(paid.details()).doesNotContainKey("majorationVieAutonome");
        // A month without pay from the ESAT (nil rémunération garantie, no aide au poste): the MVA is paid.
        Decision unpaid = june2025("0", "{\"month\": \"2025-06\", \"remunerationGarantie\": 0}", "}");
        assertThat(unpaid.amount()).isEqualByComparingTo("1033.32");
        assertThat((BigDecimal) unpaid.details().get("majorationVieAutonome")).isEqualByComparingTo("104.77");
    }

    @Test
    void twoChildrenRaiseTheCeilingOnce() {
        // D821-5: « a un enfant à sa charge [...] ce pourcentage est majoré de 15 % »: 115 %, not 130 %.
        // 1.15 × 1 801.8396 = 2 072.11554 → 2 072.12; − 1 200.00 = 872.12.
        Decision d = june2025("6000", "{\"month\": \"2025-06\", \"aideAuPoste\": 880, \"remunerationGarantie\": 1200}",
                "}, {\"id\": \"k1\", \"role\": \"child\", \"birthDate\": \"2015-01-01\"},"
                        + " {\"id\": \"k2\", \"role\": \"child\", \"birthDate\": \"2017-01-01\"}");
        assertThat(d.amount()).isEqualByComparingTo("872.12");
        assertThat((BigDecimal) d.details().get("beforeEsatCeiling")).isEqualByComparingTo("1033.32");
    }

    @Test
    void aCoupleWithAChildBeforeOctober2023HasBothMajorations() {
        // 100 % + 30 % + 15 % = 145 % × 1 747.2384 = 2 533.49568 → 2 533.50; − 1 600.00 = 933.50 < 971.37.
        String json = """
                {"month": "2023-06", "household": {"persons": [
                  {"id": "e", "role": "applicant", "birthDate": "1990-07-07", "activity": "employed",
                   "disability": {"incapacityRate": 80, "employmentRestriction": false},
                   "incomes": [{"type": "taxable_income", "year": 2021, "amount": 0}],
                   "esat": {"since": "2020-01-06", "months": [{"month": "2023-06", "aideAuPoste": 860, "remunerationGarantie": 1600}]}},
                  {"id": "c", "role": "partner", "birthDate": "1989-03-03", "activity": "inactive",
                   "incomes": [{"type": "taxable_income", "year": 2021, "amount": 0}]},
                  {"id": "k", "role": "child", "birthDate": "2015-01-01"}
                ]}}""";
        Decision d = ENGINE.decide(Requests.fromJson(json)).decision("aah", "e").orElseThrow();
        assertThat(d.amount()).isEqualByComparingTo("933.50");
        assertThat((BigDecimal) d.details().get("beforeEsatCeiling")).isEqualByComparingTo("971.37");
    }

    @Test
    void theCeilingAndTheInstitutionReductionEachKeepTheLowerAmount() {
        // R821-8: 30 % × 1 033.32 = 310.00; D821-5: 1 801.84 − 1 200.00 = 601.84 is above it.
        Decision d = june2025("0", "{\"month\": \"2025-06\", \"aideAuPoste\": 880, \"remunerationGarantie\": 1200}",
                ", \"institutionStay\": {\"kind\": \"hospital\", \"since\": \"2025-01-01\", \"forfaitJournalier\": false}}");
        assertThat(d.amount()).isEqualByComparingTo("310.00");
        assertThat(d.details()).containsKeys("beforeEsatCeiling", "beforeInstitutionReduction");
    }
}
