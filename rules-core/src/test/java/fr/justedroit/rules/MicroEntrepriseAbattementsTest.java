package fr.justedroit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A micro-entrepreneur's turnover counted less its tax abattement (code général des impôts, art. 50-0: 71 % on
 * sales, 50 % on services; art. 102 ter: 34 % on BNC receipts), rounded to the cent; {@code self_employment}
 * counted as given.
 */
class MicroEntrepriseAbattementsTest {
    private static final MicroEntrepriseAbattements RATES =
            new MicroEntrepriseAbattements(new BigDecimal("0.71"), new BigDecimal("0.50"), new BigDecimal("0.34"));
    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    @Test
    void eachTurnoverIsReducedByItsRateAndRoundedToTheCent() {
        // 333.33 × 0.29 = 96.6657 → 96.67 ; 333.33 × 0.50 = 166.665 → 166.67 (half up) ; 333.33 × 0.66 = 219.9978 → 220.00
        assertThat(RATES.profit(IncomeType.MICRO_BIC_SALES_TURNOVER, new BigDecimal("333.33"))).isEqualByComparingTo("96.67");
        assertThat(RATES.profit(IncomeType.MICRO_BIC_SERVICES_TURNOVER, new BigDecimal("333.33"))).isEqualByComparingTo("166.67");
        assertThat(RATES.profit(IncomeType.MICRO_BNC_TURNOVER, new BigDecimal("333.33"))).isEqualByComparingTo("220.00");
    }

    @Test
    void theResourcesOfAMonthCountTheProfitAsSelfEmploymentAndEarned() {
        List<MonthlyIncome> incomes = List.of(
                new MonthlyIncome("paul", MONTH, IncomeType.SELF_EMPLOYMENT, new BigDecimal("100")),
                new MonthlyIncome("paul", MONTH, IncomeType.MICRO_BIC_SALES_TURNOVER, new BigDecimal("1500")),
                new MonthlyIncome("paul", MONTH, IncomeType.MICRO_BNC_TURNOVER, new BigDecimal("600")));
        PersonMonthResources r = PersonMonthResources.of("paul", MONTH, 2, incomes, RATES);
        // 100 + 1 500 × 0.29 + 600 × 0.66 = 100 + 435 + 396 = 931
        assertThat(r.selfEmployment()).isEqualByComparingTo("931");
        assertThat(r.earned()).isEqualByComparingTo("931");
        assertThat(r.total()).isEqualByComparingTo("931");
        // Without rates (a rule set outside the catalog), the turnover counts in full.
        assertThat(PersonMonthResources.of("paul", MONTH, 2, incomes).selfEmployment()).isEqualByComparingTo("2200");
        assertThat(MicroEntrepriseAbattements.turnoverByMonth(incomes))
                .containsExactly(new MonthAmount(MONTH, new BigDecimal("2100")));
    }
}
