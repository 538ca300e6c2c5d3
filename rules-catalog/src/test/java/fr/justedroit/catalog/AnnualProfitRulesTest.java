package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The annual profits of the self-employed (real_regime_annual_profit, agricultural_annual_profit) across the rule
 * sets: the RSA and the prime d'activité count the twelfth of the profit of N-1, else N-2, N being the year of the
 * month decided (CASF R262-18, R262-19; CSS R845-1, R845-2), also in January, when the quarter lies in the year
 * before; a member outside the foyer is not read; the AAH, which reads the taxable income (CSS R821-4), is not
 * changed by them. Expected amounts computed by hand in each test.
 */
class AnnualProfitRulesTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    private static Decision decide(String month, String persons, String benefit, String beneficiary) {
        String yaml = "month: " + month + "\nhousehold:\n  persons:\n" + persons
                + "  housing: {status: tenant, housingAid: false}\n";
        return ENGINE.decide(Requests.fromYaml(yaml, null)).decision(benefit, beneficiary).orElseThrow();
    }

    private static String text(Decision d, String rule, Language language) {
        Reason reason = d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(
                () -> new AssertionError("no reason " + rule + " in " + d.reasons()));
        return ENGINE.text(reason, language).replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
    }

    @Test
    void inJanuaryTheYearsAreThoseBeforeTheMonthDecidedNotBeforeTheQuarter() {
        // January 2025: the quarter lies in 2024, but the right is examined in 2025: the profit of 2024 (N-1) is
        // counted, not that of 2023. 2024: 2 400 / 12 = 200.00 a month; montant forfaitaire of January 2025
        // (before the revaluation of April): 635.71 (décret n° 2024-396); 635.71 − 200 = 435.71.
        String paul = """
                    - id: paul
                      role: applicant
                      birthDate: 1980-03-03
                      activity: self_employed
                      incomes:
                        - {type: real_regime_annual_profit, year: 2024, amount: 2400}
                        - {type: real_regime_annual_profit, year: 2023, amount: 6000}
                """;
        Decision rsa = decide("2025-01", paul, "rsa", "household");
        assertThat(rsa.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(rsa.amount()).isEqualByComparingTo("435.71");
        assertThat(text(rsa, "rsa.ressources.benefice_annuel", Language.FR))
                .contains("pour 2024 : 2 400,00 €, celui de la dernière année").contains("Son douzième, 200,00 €");
        assertThat(text(rsa, "rsa.ressources.benefice_annuel", Language.EN)).contains("for 2024: €2,400.00, that of the last year");
    }

    @Test
    void aMemberOutsideTheFoyerIsNotRead() {
        // The lodger (role other) gives a profit of 2021 only: neither counted nor asked for; paul alone, no income:
        // 646.52 (June 2025).
        String persons = """
                    - {id: paul, role: applicant, birthDate: 1980-03-03, activity: inactive}
                    - id: lou
                      role: other
                      birthDate: 1970-01-01
                      activity: self_employed
                      incomes: [{type: real_regime_annual_profit, year: 2021, amount: 30000}]
                """;
        Decision rsa = decide("2025-06", persons, "rsa", "household");
        assertThat(rsa.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(rsa.amount()).isEqualByComparingTo("646.52");
        Decision prime = decide("2025-06", persons, "prime_activite", "household");
        assertThat(prime.status()).isEqualTo(Status.INELIGIBLE);
        assertThat(prime.missingInputs()).isEmpty();
    }

    @Test
    void theAahReadsTheTaxableIncomeNotTheProfits() {
        String without = """
                    - id: nora
                      role: applicant
                      birthDate: 1981-01-01
                      activity: inactive
                      disability: {incapacityRate: 80}
                      incomes:
                        - {type: taxable_income, year: 2023, amount: 0}
                """;
        String with = without + """
                        - {type: real_regime_annual_profit, year: 2024, amount: 24000}
                        - {type: agricultural_annual_profit, year: 2021, amount: 5000}
                """;
        Decision before = decide("2025-06", without, "aah", "nora");
        Decision after = decide("2025-06", with, "aah", "nora");
        assertThat(after.status()).isEqualTo(before.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(after.amount()).isEqualByComparingTo(before.amount());
        assertThat(after.amount()).isGreaterThan(BigDecimal.ZERO);
    }
}
