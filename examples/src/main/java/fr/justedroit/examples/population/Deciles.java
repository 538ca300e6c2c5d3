package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The households by decile of their own income, weighted and exact. A household is in decile {@code k}
 * when the weight of the households strictly poorer than it is at least {@code (k − 1)/10} and less than
 * {@code k/10} of the whole weight: the poorest tenth of the weight is decile 1. Households of the same
 * income are in the same decile, so with many equal incomes (no income at all, say) a decile can hold
 * more than a tenth of the weight and the next ones nothing.
 */
final class Deciles implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    /** The households of one own income. */
    private static final class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        long households;
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal law = BigDecimal.ZERO;
        BigDecimal reform = BigDecimal.ZERO;
        BigDecimal winners = BigDecimal.ZERO;
        BigDecimal losers = BigDecimal.ZERO;
    }

    /**
     * One decile.
     *
     * @param decile 1 to 10
     * @param households the households in it (unweighted)
     * @param weightedHouseholds their weight
     * @param lowestOwnIncome the lowest own income in it, euros a month (the quarter / 3, to the cent,
     *     half up), or {@code null} when the decile is empty; {@code highestOwnIncome} the highest
     * @param weightedLaw the weighted monthly benefits under the law in force (one-off aids aside)
     * @param weightedReform the same under the reform (the law's when there is none)
     * @param weightedWinners the weight of the households whose monthly benefits rise under the reform
     * @param weightedLosers the weight of those whose monthly benefits fall
     */
    record Row(int decile, long households, BigDecimal weightedHouseholds, BigDecimal lowestOwnIncome,
            BigDecimal highestOwnIncome, BigDecimal weightedLaw, BigDecimal weightedReform, BigDecimal weightedWinners,
            BigDecimal weightedLosers) {

        /** The average change of a household's monthly benefits (reform − law), to the cent, half up; 0 when empty. */
        BigDecimal averageChange() {
            return average(weightedReform.subtract(weightedLaw));
        }

        /** The average monthly benefits of a household under the law in force, to the cent, half up. */
        BigDecimal averageLaw() {
            return average(weightedLaw);
        }

        private BigDecimal average(BigDecimal total) {
            return weightedHouseholds.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                    : total.divide(weightedHouseholds, 2, RoundingMode.HALF_UP);
        }
    }

    private final TreeMap<BigDecimal, Group> byIncome = new TreeMap<>();

    /**
     * @param ownQuarter the household's own income over the quarter (exact)
     * @param law its monthly benefits under the law in force, {@code reform} under the reform
     */
    void add(BigDecimal ownQuarter, BigDecimal weight, BigDecimal law, BigDecimal reform) {
        Group g = byIncome.computeIfAbsent(ownQuarter.stripTrailingZeros(), k -> new Group());
        g.households++;
        g.weight = g.weight.add(weight);
        g.law = g.law.add(weight.multiply(law));
        g.reform = g.reform.add(weight.multiply(reform));
        int cmp = reform.compareTo(law);
        if (cmp > 0) {
            g.winners = g.winners.add(weight);
        } else if (cmp < 0) {
            g.losers = g.losers.add(weight);
        }
    }

    /**
     * Adds the households of {@code other} to these: the groups of one income are summed, so the deciles
     * of the merged table are those of the whole population, exactly, whatever the order of the merges.
     */
    void merge(Deciles other) {
        other.byIncome.forEach((income, o) -> {
            Group g = byIncome.computeIfAbsent(income, k -> new Group());
            g.households += o.households;
            g.weight = g.weight.add(o.weight);
            g.law = g.law.add(o.law);
            g.reform = g.reform.add(o.reform);
            g.winners = g.winners.add(o.winners);
            g.losers = g.losers.add(o.losers);
        });
    }

    /** The ten deciles, the empty ones included. */
    List<Row> rows() {
        BigDecimal total = BigDecimal.ZERO;
        for (Group g : byIncome.values()) {
            total = total.add(g.weight);
        }
        Row[] rows = new Row[10];
        for (int k = 1; k <= 10; k++) {
            rows[k - 1] = new Row(k, 0, BigDecimal.ZERO, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal below = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, Group> e : byIncome.entrySet()) {
            int k = Math.min(10, below.multiply(TEN).divide(total, 0, RoundingMode.FLOOR).intValueExact() + 1);
            Group g = e.getValue();
            Row r = rows[k - 1];
            BigDecimal monthly = e.getKey().divide(THREE, 2, RoundingMode.HALF_UP);
            rows[k - 1] = new Row(k, r.households() + g.households, r.weightedHouseholds().add(g.weight),
                    r.lowestOwnIncome() == null ? monthly : r.lowestOwnIncome(), monthly, r.weightedLaw().add(g.law),
                    r.weightedReform().add(g.reform), r.weightedWinners().add(g.winners), r.weightedLosers().add(g.losers));
            below = below.add(g.weight);
        }
        return List.of(rows);
    }
}
