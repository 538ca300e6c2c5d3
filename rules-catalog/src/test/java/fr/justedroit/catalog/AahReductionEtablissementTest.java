package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The reduction of the AAH after sixty days in a hospital, a prison or a MAS (CSS R821-8 I) in the
 * decision's details, with the droit d'option (décret n° 2022-1694, art. 2) and the majoration pour la
 * vie autonome (CSS L821-1-2): the figures are the montant maximal of June 2025, 1 033.32 € (décret
 * n° 2025-297), and 30 % of it, 309.996 rounded to 310.00.
 */
class AahReductionEtablissementTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    private static Decision single(String stay) {
        String json = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"r\", \"role\": \"applicant\","
                + " \"birthDate\": \"1980-01-01\", \"activity\": \"inactive\", \"disability\": {\"incapacityRate\": 80,"
                + " \"employmentRestriction\": false}, \"incomes\": [{\"type\": \"taxable_income\", \"year\": 2023, \"amount\": 0}],"
                + " \"institutionStay\": " + stay + "}],"
                + " \"housing\": {\"status\": \"tenant\", \"housingAid\": true}}}";
        return ENGINE.decide(Requests.fromJson(json)).decision("aah", "r").orElseThrow();
    }

    @Test
    void theReducedDecisionKeepsTheAmountBeforeTheReductionAndHasNoMajoration() {
        Decision d = single("{\"kind\": \"hospital\", \"since\": \"2025-01-01\", \"forfaitJournalier\": false}");
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(d.amount()).isEqualByComparingTo("310.00");
        assertThat((BigDecimal) d.details().get("beforeInstitutionReduction")).isEqualByComparingTo("1033.32");
        assertThat((BigDecimal) d.details().get("deconjugalise")).isEqualByComparingTo("1033.32");
        // L821-1-2: the MVA goes with the AAH "à taux normal"; 80 %, tenant with a housing aid, no earned income.
        assertThat(d.details()).doesNotContainKey("majorationVieAutonome");
    }

    @Test
    void withoutReductionTheMajorationIsPaid() {
        Decision d = single("{\"kind\": \"hospital\", \"since\": \"2025-01-01\", \"forfaitJournalier\": true}");
        assertThat(d.amount()).isEqualByComparingTo("1033.32");
        assertThat(d.details()).doesNotContainKey("beforeInstitutionReduction");
        assertThat((BigDecimal) d.details().get("majorationVieAutonome")).isEqualByComparingTo("104.77");
    }

    @Test
    void aStayOfLessThanSixtyDaysKeepsTheMajoration() {
        // 60th day of a stay from 2025-05-10: 2025-07-08; June is paid in full (R821-8 I).
        Decision d = single("{\"kind\": \"prison\", \"since\": \"2025-05-10\"}");
        assertThat(d.amount()).isEqualByComparingTo("1033.32");
        assertThat((BigDecimal) d.details().get("majorationVieAutonome")).isEqualByComparingTo("104.77");
    }

    @Test
    void theDroitOptionComparesTheAmountsBeforeTheReduction() {
        // r is retired: the 2023 taxable income of 8 400 is a pension, 700 a month, counted in full (R821-4).
        // Individual calculation: 1 033.32 − 700 = 333.32. Old calculation (D821-2 as on 2023-09-30): plafond
        // 1 033.32 × 1.81 = 1 870.31, less 700 and the partner's nil resources: above the montant maximal,
        // so 1 033.32. The old one is strictly higher: kept, no switch, although both reduce to 310.00.
        String json = """
                {"month": "2025-06", "household": {"persons": [
                  {"id": "r", "role": "applicant", "birthDate": "1970-01-01", "activity": "retired",
                   "disability": {"incapacityRate": 80}, "aah": {"receivingSince": "2020-01-01"},
                   "incomes": [{"type": "taxable_income", "year": 2023, "amount": 8400}],
                   "institutionStay": {"kind": "prison", "since": "2025-01-01"}},
                  {"id": "c", "role": "partner", "birthDate": "1971-01-01", "activity": "inactive",
                   "incomes": [{"type": "taxable_income", "year": 2023, "amount": 0}]}
                ]}}""";
        Decision d = ENGINE.decide(Requests.fromJson(json)).decision("aah", "r").orElseThrow();
        assertThat(d.amount()).isEqualByComparingTo("310.00");
        assertThat(d.details().get("calculation")).isEqualTo("conjugalise");
        assertThat((BigDecimal) d.details().get("conjugalise")).isEqualByComparingTo("1033.32");
        assertThat((BigDecimal) d.details().get("deconjugalise")).isEqualByComparingTo("333.32");
        assertThat((BigDecimal) d.details().get("beforeInstitutionReduction")).isEqualByComparingTo("1033.32");
        assertThat(d.details()).doesNotContainKey("individualisedFrom");
    }
}
