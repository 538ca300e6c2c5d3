package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
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

    private final TreeMap<BigDecimal, DecileGroup> byIncome = new TreeMap<>();

    /**
     * @param ownQuarter the household's own income over the quarter (exact)
     * @param law its monthly benefits under the law in force, {@code reform} under the reform
     */
    void add(BigDecimal ownQuarter, BigDecimal weight, BigDecimal law, BigDecimal reform) {
        add(ownQuarter, DecileGroup.of(weight, law, reform));
    }

    /** Adds the households of {@code group}, of own income {@code ownQuarter}. */
    void add(BigDecimal ownQuarter, DecileGroup group) {
        DecileGroup g = byIncome.computeIfAbsent(ownQuarter.stripTrailingZeros(), k -> new DecileGroup());
        g.merge(group);
    }

    /**
     * Adds the households of {@code other} to these: the groups of one income are summed, so the deciles
     * of the merged table are those of the whole population, exactly, whatever the order of the merges.
     */
    void merge(Deciles other) {
        other.byIncome.forEach(this::add);
    }

    /** The ten deciles, the empty ones included. */
    List<Row> rows() {
        BigDecimal total = BigDecimal.ZERO;
        for (DecileGroup g : byIncome.values()) {
            total = total.add(g.weight);
        }
        return rows(byIncome.entrySet().iterator(), total);
    }

    /**
     * The ten deciles of a table given one group at a time, by increasing own income (each income
     * once, without trailing zeros), {@code total} being the weight of all of them: the table need not
     * be held whole.
     */
    static List<Row> rows(Iterator<? extends Map.Entry<BigDecimal, DecileGroup>> ascending, BigDecimal total) {
        Row[] rows = new Row[10];
        for (int k = 1; k <= 10; k++) {
            rows[k - 1] = new Row(k, 0, BigDecimal.ZERO, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal below = BigDecimal.ZERO;
        BigDecimal previous = null;
        while (ascending.hasNext()) {
            Map.Entry<BigDecimal, DecileGroup> e = ascending.next();
            if (previous != null && e.getKey().compareTo(previous) <= 0) {
                throw new IllegalArgumentException("the groups are not by increasing income: " + e.getKey() + " after " + previous);
            }
            previous = e.getKey();
            int k = Math.min(10, below.multiply(TEN).divide(total, 0, RoundingMode.FLOOR).intValueExact() + 1);
            DecileGroup g = e.getValue();
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
