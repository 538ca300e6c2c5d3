package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The majoration pour la vie autonome (CSS L821-1-2, D821-3: 104.77 € a month) on both sides of each of
 * its conditions: it is in the AAH decision's details when every condition holds, absent otherwise, and
 * the AAH amount itself never changes.
 */
class AahMajorationVieAutonomeTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "every condition holds                 | 80 | tenant      | true  |     |     | 1033.32 | true",
        "79 % with the RSDAE                   | 79 | tenant      | true  |     |     | 1033.32 | false",
        "no housing aid                        | 80 | tenant      | false |     |     | 1033.32 | false",
        "housed free of charge                 | 80 | housed_free | false |     |     | 1033.32 | false",
        "AAH topping up a pension              | 80 | owner       | true  | 400 |     |  633.32 | true",
        "AAH reduced by a retirement income    | 80 | tenant      | true  |     | 3600 | 733.32 | false",
    })
    void theMajorationNeedsEveryCondition(String what, int rate, String housing, boolean aid, String pension,
                                          String annualPension, String aah, boolean majoration) {
        // A retired person's 2023 taxable income is counted as a pension, in full (CSS R821-4): 3 600 / 12 = 300.
        StringBuilder incomes = new StringBuilder("{\"type\": \"taxable_income\", \"year\": 2023, \"amount\": "
                + (annualPension == null ? "0" : annualPension) + "}");
        if (pension != null) {
            incomes.append(", {\"type\": \"pension\", \"month\": \"2025-06\", \"amount\": ").append(pension).append("}");
        }
        String json = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"r\", \"role\": \"applicant\","
                + " \"birthDate\": \"1980-01-01\", \"activity\": \"" + (annualPension == null ? "inactive" : "retired")
                + "\", \"disability\": {\"incapacityRate\": " + rate
                + ", \"employmentRestriction\": true}, \"incomes\": [" + incomes + "]}],"
                + " \"housing\": {\"status\": \"" + housing + "\", \"housingAid\": " + aid + "}}}";
        Decision d = ENGINE.decide(Requests.fromJson(json)).decision("aah", "r").orElseThrow();
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(d.amount()).isEqualByComparingTo(aah);
        if (majoration) {
            assertThat((BigDecimal) d.details().get("majorationVieAutonome")).isEqualByComparingTo("104.77");
        } else {
            assertThat(d.details()).doesNotContainKey("majorationVieAutonome");
        }
    }

    @org.junit.jupiter.api.Test
    void earnedIncomeOfTheMonthExcludesIt() {
        // Quarterly evaluation: salary of 100 € in March-June 2025; the AAH is no longer at the full rate
        // either, so the majoration is excluded twice over: CSS L821-1-2 asks for no earned income of one's own.
        StringBuilder incomes = new StringBuilder();
        for (String m : new String[] {"2025-03", "2025-04", "2025-05", "2025-06"}) {
            incomes.append(incomes.length() == 0 ? "" : ", ").append("{\"type\": \"net_social_salary\", \"month\": \"")
                    .append(m).append("\", \"amount\": 100}");
        }
        String json = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"r\", \"role\": \"applicant\","
                + " \"birthDate\": \"1980-01-01\", \"activity\": \"employed\", \"disability\": {\"incapacityRate\": 80,"
                + " \"employmentRestriction\": false}, \"incomes\": [" + incomes + "]}],"
                + " \"housing\": {\"status\": \"tenant\", \"housingAid\": true}}}";
        Decision d = ENGINE.decide(Requests.fromJson(json)).decision("aah", "r").orElseThrow();
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(d.details()).doesNotContainKey("majorationVieAutonome");
    }
}
