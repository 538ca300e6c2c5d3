package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sums of a population run, one {@link HouseholdOutcome} at a time: the totals per benefit, per
 * label, per decile of own income, the winners and losers, the payments' gaps. Exact ({@code BigDecimal})
 * and mergeable: the sums of the parts of a population, {@linkplain #merge merged} in any order, are
 * the sums of the whole, to the cent, so a cluster that adds up each partition apart and merges the
 * partial sums writes the same tables as one machine that adds up the lines in their order.
 */
public final class PopulationSums implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean reformed;
    private final boolean withDeciles;
    private long lines;
    private long decided;
    private long refused;
    private BigDecimal weight = BigDecimal.ZERO;
    private final Set<String> benefits = new TreeSet<>();
    private final WeightedSums law = new WeightedSums();
    private final WeightedSums reform = new WeightedSums();
    private final Map<String, Map<String, FileSimulation.LabelGroup>> labels = new TreeMap<>();
    private final Deciles deciles = new Deciles();
    private final Changes changes = new Changes();
    private final Map<String, FileSimulation.Gaps> gaps = new TreeMap<>();

    /** @param reformed whether the outcomes added carry a reform's amounts beside the law's */
    public PopulationSums(boolean reformed) {
        this(reformed, true);
    }

    /**
     * @param reformed whether the outcomes added carry a reform's amounts beside the law's
     * @param withDeciles whether these sums keep the decile table; without it (a cluster's partitions,
     *     whose tables would add up to one group per distinct income on the driver), the table is made
     *     apart from {@link #decile} and given to {@link #result(Iterator)}
     */
    public PopulationSums(boolean reformed, boolean withDeciles) {
        this.reformed = reformed;
        this.withDeciles = withDeciles;
    }

    /**
     * The decided household of {@code o} in the decile table: its own income over the quarter (the key,
     * without trailing zeros) and its group of one. The groups of one income merge
     * ({@link DecileGroup#merge}) in any order.
     */
    public static Map.Entry<BigDecimal, DecileGroup> decile(HouseholdOutcome o) {
        if (!o.decided()) {
            throw new IllegalArgumentException("line " + o.line() + " was not decided: it is in no decile");
        }
        PopulationHousehold h = o.household();
        BigDecimal monthlyBefore = monthly(o.law());
        BigDecimal monthlyAfter = o.reform() == null ? monthlyBefore : monthly(o.reform());
        return Map.entry(h.ownIncome().counted(o.law().containsKey("aah")).stripTrailingZeros(),
                DecileGroup.of(h.weight(), monthlyBefore, monthlyAfter));
    }

    /** Adds one line; a line not decided counts only as read and refused. */
    public PopulationSums add(HouseholdOutcome o) {
        lines++;
        if (!o.decided()) {
            refused++;
            return this;
        }
        PopulationHousehold h = o.household();
        decided++;
        weight = weight.add(h.weight());
        Map<String, WeightedSums.Paid> before = o.law();
        Map<String, WeightedSums.Paid> after = o.reform() == null ? Map.of() : o.reform();
        benefits.addAll(before.keySet());
        benefits.addAll(after.keySet());
        law.add(before, h.weight());
        reform.add(after, h.weight());
        h.labels().forEach((name, value) -> {
            FileSimulation.LabelGroup g = labels.computeIfAbsent(name, k -> new TreeMap<>())
                    .computeIfAbsent(value, k -> new FileSimulation.LabelGroup());
            g.households++;
            g.weight = g.weight.add(h.weight());
            g.law.add(before, h.weight());
            g.reform.add(after, h.weight());
        });
        BigDecimal monthlyBefore = monthly(before);
        BigDecimal monthlyAfter = o.reform() == null ? monthlyBefore : monthly(after);
        if (withDeciles) {
            Map.Entry<BigDecimal, DecileGroup> d = decile(o);
            deciles.add(d.getKey(), d.getValue());
        }
        if (o.reform() != null) {
            changes.add(before, after, monthlyBefore, monthlyAfter, h.weight());
        }
        for (HouseholdOutcome.Gap gap : o.gaps()) {
            gaps.computeIfAbsent(gap.benefit(), k -> new FileSimulation.Gaps()).add(gap, h.weight());
        }
        if (h.paid() != null) {
            // A benefit paid or due without a gap still has its row in payments.csv.
            o.law().keySet().forEach(b -> gaps.computeIfAbsent(b, k -> new FileSimulation.Gaps()));
            h.paid().keySet().forEach(b -> gaps.computeIfAbsent(b, k -> new FileSimulation.Gaps()));
        }
        return this;
    }

    /** Adds the sums of {@code other} (the other lines of the same population) to these. */
    public PopulationSums merge(PopulationSums other) {
        if (other.reformed != reformed || other.withDeciles != withDeciles) {
            throw new IllegalArgumentException("sums with and without a reform, or a decile table, do not merge");
        }
        lines += other.lines;
        decided += other.decided;
        refused += other.refused;
        weight = weight.add(other.weight);
        benefits.addAll(other.benefits);
        law.merge(other.law);
        reform.merge(other.reform);
        other.labels.forEach((name, values) -> values.forEach((value, o) -> labels.computeIfAbsent(name, k -> new TreeMap<>())
                .computeIfAbsent(value, k -> new FileSimulation.LabelGroup()).merge(o)));
        deciles.merge(other.deciles);
        changes.merge(other.changes);
        other.gaps.forEach((b, g) -> gaps.computeIfAbsent(b, k -> new FileSimulation.Gaps()).merge(g));
        return this;
    }

    private static BigDecimal monthly(Map<String, WeightedSums.Paid> paid) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, WeightedSums.Paid> e : paid.entrySet()) {
            if (!PopulationSimulation.ONE_OFF.contains(e.getKey())) {
                total = total.add(e.getValue().amount());
            }
        }
        return total;
    }

    /** Everything added up so far, for {@link FileReports}. */
    public FileSimulation.Result result() {
        if (!withDeciles) {
            throw new IllegalStateException("these sums keep no decile table: give it to result(Iterator)");
        }
        return result(deciles.rows());
    }

    /**
     * Everything added up so far, the decile table given apart: the groups of every decided household
     * ({@link #decile}, merged by income), one at a time by increasing income.
     */
    public FileSimulation.Result result(Iterator<? extends Map.Entry<BigDecimal, DecileGroup>> ascendingDeciles) {
        return result(Deciles.rows(ascendingDeciles, weight));
    }

    private FileSimulation.Result result(List<Deciles.Row> decileRows) {
        Map<String, Changes.Change> byBenefit = new HashMap<>(changes.byBenefit);
        return new FileSimulation.Result(lines, decided, refused, weight, reformed, PopulationSimulation.ordered(benefits), law, reform,
                labels, decileRows, byBenefit, changes.households, gaps);
    }
}
