package fr.justedroit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.TestEngines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual profits of the self-employed (CASF R262-18, R262-19, R262-21; CSS R845-1, R845-2): for a right examined
 * in year N, the profit of N-1 if given, otherwise of N-2; its twelfth, rounded to the cent half up, in each month;
 * given per year only.
 */
class AnnualProfitTest {
    private static final IncomeType REAL = IncomeType.REAL_REGIME_ANNUAL_PROFIT;
    private static final IncomeType AGRI = IncomeType.AGRICULTURAL_ANNUAL_PROFIT;

    private static AnnualIncome profit(String person, int year, IncomeType type, String amount) {
        return new AnnualIncome(person, year, type, new BigDecimal(amount));
    }

    @Test
    void theTypesAreAnnual() {
        assertThat(REAL.annual()).isTrue();
        assertThat(AGRI.annual()).isTrue();
        assertThat(REAL.jsonName()).isEqualTo("real_regime_annual_profit");
        assertThat(AGRI.jsonName()).isEqualTo("agricultural_annual_profit");
        assertThat(IncomeType.SELF_EMPLOYMENT.annual()).isFalse();
        assertThat(AnnualProfit.profit(REAL)).isTrue();
        assertThat(AnnualProfit.profit(IncomeType.TAXABLE_INCOME)).isFalse();
    }

    @Test
    void theLastYearWhenGivenOtherwiseTheYearBefore() {
        List<AnnualIncome> both = List.of(profit("paul", 2024, REAL, "4800"), profit("paul", 2023, REAL, "9000"));
        assertThat(AnnualProfit.counted(both, "paul", REAL, 2025)).hasValueSatisfying(p -> {
            assertThat(p.year()).isEqualTo(2024);
            assertThat(p.monthly()).isEqualByComparingTo("400.00");
        });
        List<AnnualIncome> older = List.of(profit("paul", 2023, REAL, "6000"), profit("paul", 2021, REAL, "99000"));
        assertThat(AnnualProfit.counted(older, "paul", REAL, 2025)).hasValueSatisfying(p -> assertThat(p.year()).isEqualTo(2023));
        // A deficit given as 0 for the last year: that year is counted, for nothing; the year before is not read.
        List<AnnualIncome> deficit = List.of(profit("paul", 2024, REAL, "0"), profit("paul", 2023, REAL, "9000"));
        assertThat(AnnualProfit.monthlyTotal(deficit, "paul", 2025)).isEqualByComparingTo("0");
        // Another person's, another type's and the taxable income are not read.
        List<Object> others = List.of(profit("anne", 2024, REAL, "1200"), profit("paul", 2024, IncomeType.TAXABLE_INCOME, "1200"),
                profit("paul", 2022, AGRI, "1200"));
        assertThat(AnnualProfit.countedAll(others, "paul", 2025)).isEmpty();
        assertThat(AnnualProfit.missingTypes(others, "paul", 2025)).containsExactly(AGRI);
        assertThat(AnnualProfit.missingTypes(both, "paul", 2025)).isEmpty();
    }

    @Test
    void theTwelfthIsRoundedToTheCentHalfUpAndTheTypesAddUp() {
        // 3 001 / 12 = 250.0833… → 250.08 ; 1 000.06 / 12 = 83.338… → 83.34 ; 1.50 / 12 = 0.125 → 0.13 (half up)
        assertThat(AnnualProfit.monthlyShare(new BigDecimal("3001"))).isEqualByComparingTo("250.08");
        assertThat(AnnualProfit.monthlyShare(new BigDecimal("1000.06"))).isEqualByComparingTo("83.34");
        assertThat(AnnualProfit.monthlyShare(new BigDecimal("1.50"))).isEqualByComparingTo("0.13");
        // A negative amount (never in a request: refused) counts as nothing (R262-21).
        assertThat(AnnualProfit.monthlyShare(new BigDecimal("-1200"))).isEqualByComparingTo("0");
        List<AnnualIncome> two = List.of(profit("jeanne", 2024, AGRI, "3001"), profit("jeanne", 2023, REAL, "1200"));
        // 250.08 + 100.00, each type on its own year
        assertThat(AnnualProfit.monthlyTotal(two, "jeanne", 2025)).isEqualByComparingTo("350.08");
        assertThat(AnnualProfit.countedAll(two, "jeanne", 2025)).extracting(AnnualProfit::type).containsExactly(REAL, AGRI);
    }

    @Test
    void theShareIsSelfEmploymentIncomeOfTheMonth() {
        YearMonth march = YearMonth.of(2025, 3);
        List<MonthlyIncome> incomes = List.of(new MonthlyIncome("paul", march, IncomeType.NET_SOCIAL_SALARY, new BigDecimal("300")));
        PersonMonthResources r = PersonMonthResources.of("paul", march, 2, incomes, MicroEntrepriseAbattements.NONE,
                new BigDecimal("400.00"));
        assertThat(r.selfEmployment()).isEqualByComparingTo("400");
        assertThat(r.earned()).isEqualByComparingTo("700");
        assertThat(r.total()).isEqualByComparingTo("700");
        // Without a share (the constructors before the annual profits), nothing is added.
        assertThat(PersonMonthResources.of("paul", march, 2, incomes, MicroEntrepriseAbattements.NONE).selfEmployment())
                .isEqualByComparingTo("0");
    }

    @Test
    void anAnnualProfitGivenForAMonthIsRefusedByPath() {
        JusteDroit engine = TestEngines.toy();
        Person paul = Person.of("paul", Role.APPLICANT, LocalDate.of(1980, 3, 3));
        Request perMonth = new Request(YearMonth.of(2025, 6), new Household(List.of(paul.withIncomes(List.of(
                Income.monthly(REAL, YearMonth.of(2024, 5), new BigDecimal("12000"))))), null, null));
        assertThatThrownBy(() -> engine.decide(perMonth)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.errors()).extracting(InputError::path).containsExactly("household.persons[0].incomes[0]");
            assertThat(e.errors().get(0).problem()).contains("real_regime_annual_profit is given per year");
        });
        Request negative = new Request(YearMonth.of(2025, 6), new Household(List.of(paul.withIncomes(List.of(
                Income.annual(AGRI, 2024, new BigDecimal("-500"))))), null, null));
        assertThatThrownBy(() -> engine.decide(negative)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("household.persons[0].incomes[0].amount"));
    }

    @Test
    void theTextFormsHideTheAmounts() {
        AnnualProfit p = new AnnualProfit("paul", REAL, 2024, new BigDecimal("4800"), new BigDecimal("400.00"));
        assertThat(p.toString()).doesNotContain("4800", "400", "paul");
    }
}
