package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deciles by the weight strictly below each household, worked out by hand. */
class DecilesTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void tenHouseholdsOfWeightOneFillOneDecileEach() {
        Deciles deciles = new Deciles();
        for (int i = 9; i >= 0; i--) { // in any order
            deciles.add(d(String.valueOf(300 * i)), BigDecimal.ONE, d("10"), d("12.5"));
        }
        List<Deciles.Row> rows = deciles.rows();
        for (int k = 1; k <= 10; k++) {
            Deciles.Row r = rows.get(k - 1);
            assertThat(r.households()).isEqualTo(1);
            // Quarter 300 × (k − 1): a monthly own income of 100 × (k − 1).
            assertThat(r.lowestOwnIncome()).isEqualByComparingTo(d(String.valueOf(100 * (k - 1))));
            assertThat(r.averageChange()).isEqualByComparingTo("2.50");
            assertThat(r.weightedWinners()).isEqualByComparingTo("1");
        }
    }

    @Test
    void weightsDecideTheDecilesAndEqualIncomesStayTogether() {
        Deciles deciles = new Deciles();
        // Total weight 10. Income 300: nobody below, decile 1. Income 600 (weight 8): 1 below, 10 × 1 / 10 = 1, decile 2.
        // Income 900: 9 below, decile 10. Two households of the same income 600 (weights 5 and 3) share decile 2.
        deciles.add(d("300"), d("1"), d("100"), d("100"));
        deciles.add(d("600"), d("5"), d("10"), d("0"));
        deciles.add(d("600.00"), d("3"), d("20"), d("20"));
        deciles.add(d("900"), d("1"), d("0"), d("0"));
        List<Deciles.Row> rows = deciles.rows();
        assertThat(rows.get(0).households()).isEqualTo(1);
        assertThat(rows.get(1).households()).isEqualTo(2);
        assertThat(rows.get(1).weightedHouseholds()).isEqualByComparingTo("8");
        // Law: 5 × 10 + 3 × 20 = 110; reform 5 × 0 + 3 × 20 = 60; average change (60 − 110) / 8 = −6.25; weight 5 loses.
        assertThat(rows.get(1).weightedLaw()).isEqualByComparingTo("110");
        assertThat(rows.get(1).averageChange()).isEqualByComparingTo("-6.25");
        assertThat(rows.get(1).weightedLosers()).isEqualByComparingTo("5");
        assertThat(rows.get(1).lowestOwnIncome()).isEqualByComparingTo("200.00");
        for (int k = 3; k <= 9; k++) {
            assertThat(rows.get(k - 1).households()).as("decile %d", k).isZero();
            assertThat(rows.get(k - 1).lowestOwnIncome()).isNull();
        }
        assertThat(rows.get(9).households()).isEqualTo(1);
        assertThat(rows.get(9).highestOwnIncome()).isEqualByComparingTo("300.00");
    }
}
