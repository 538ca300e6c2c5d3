package fr.justedroit.examples.population;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Status;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A synthetic population decided by the engine: totals per benefit, or a reform against the law in
 * force on the same households.
 *
 * <pre>{@code
 * JusteDroit law = JusteDroit.builder().catalog().build();
 * PopulationSimulation sim = new PopulationSimulation(1, YearMonth.of(2025, 6),
 *         HouseholdGenerator.PYRENEES_ORIENTALES_ALLOCATAIRES, Runtime.getRuntime().availableProcessors());
 * Totals totals = sim.totals(law);
 * BenefitTotals rsa = totals.benefit("rsa");   // paid, monthly total, average, annual cost
 *
 * JusteDroit reform = JusteDroit.builder().catalog().reform(Path.of("examples/reforms/rsa-plus-10")).build();
 * ReformReport report = new PopulationSimulation(1, YearMonth.of(2025, 6), 10_000, 2).compare(law, reform);
 * }</pre>
 *
 * Sums are exact ({@link BigDecimal}); the annual cost is 12 × the monthly total. The households are
 * those of {@link HouseholdGenerator} for the seed: the same seed gives the same figures, whatever
 * the number of threads. A household the engine cannot decide counts in no total and is reported
 * ({@link Totals#failures()}).
 *
 * <p>One simulation object runs one simulation; {@link #done()} may be read from another thread
 * meanwhile (for a progress bar).
 */
public final class PopulationSimulation {
    /** The usual order of the benefits in reports. */
    static final List<String> ORDER = List.of("rsa", "prime_activite", "aah", "violence_aid");
    /** Benefits paid once, left out of a household's monthly benefits. */
    static final Set<String> ONE_OFF = Set.of("violence_aid");

    private final long seed;
    private final YearMonth month;
    private final long households;
    private final int threads;
    private volatile PopulationRun<?> current;

    /**
     * @param seed the generator's seed
     * @param month the month decided
     * @param households the size of the population
     * @param threads the threads that decide (the engine is thread-safe)
     */
    public PopulationSimulation(long seed, YearMonth month, long households, int threads) {
        this.seed = seed;
        this.month = Objects.requireNonNull(month, "month");
        this.households = households;
        this.threads = Math.max(1, threads);
    }

    /** The size of the population. */
    public long households() {
        return households;
    }

    /** The households decided so far by the running simulation. */
    public long done() {
        PopulationRun<?> run = current;
        return run == null ? 0 : run.done();
    }

    /** Decides every household with {@code engine} and adds up the decisions per benefit. */
    public Totals totals(JusteDroit engine) {
        PopulationRun<TotalsAcc> run = new PopulationRun<>(new HouseholdGenerator(seed), month, households, threads);
        current = run;
        PopulationRun.Outcome<TotalsAcc> outcome = run.run(TotalsAcc::new, new PopulationRun.Work<>() {
            @Override
            public void accept(TotalsAcc into, Request household) {
                into.add(engine.decide(household));
            }

            @Override
            public void merge(TotalsAcc into, TotalsAcc other) {
                into.merge(other);
            }
        });
        TotalsAcc acc = outcome.result();
        List<BenefitTotals> benefits = new ArrayList<>();
        for (String b : ordered(acc.byBenefit.keySet())) {
            Counts c = acc.byBenefit.get(b);
            benefits.add(new BenefitTotals(b, c.decisions, c.paid, c.eligibleZero, c.ineligible, c.notComputable, c.total));
        }
        return new Totals(month, seed, households, acc.decisions, benefits, outcome.failureCount(), outcome.failures(),
                outcome.elapsed(), threads);
    }

    /**
     * Decides every household with both engines and compares, per benefit and beneficiary, the amount
     * paid under the {@code reform} with the amount paid under the {@code baseline}.
     */
    public ReformReport compare(JusteDroit baseline, JusteDroit reform) {
        PopulationRun<ReformAcc> run = new PopulationRun<>(new HouseholdGenerator(seed), month, households, threads);
        current = run;
        PopulationRun.Outcome<ReformAcc> outcome = run.run(ReformAcc::new, new PopulationRun.Work<>() {
            @Override
            public void accept(ReformAcc into, Request household) {
                Response before = baseline.decide(household);
                Response after = reform.decide(household);
                into.add(before, after);
            }

            @Override
            public void merge(ReformAcc into, ReformAcc other) {
                into.merge(other);
            }
        });
        ReformAcc acc = outcome.result();
        List<BenefitChange> benefits = new ArrayList<>();
        for (String b : ordered(acc.byBenefit.keySet())) {
            Change c = acc.byBenefit.get(b);
            benefits.add(new BenefitChange(b, c.baselinePaid, c.reformPaid, c.winners, c.losers, c.newRights, c.lostRights,
                    c.gain, c.newRightsAmount, c.loss, c.baselineTotal, c.reformTotal));
        }
        return new ReformReport(month, seed, households, benefits, acc.householdsGaining, acc.householdsLosing,
                outcome.failureCount(), outcome.failures(), outcome.elapsed(), threads);
    }

    static List<String> ordered(Set<String> benefits) {
        List<String> list = new ArrayList<>();
        ORDER.stream().filter(benefits::contains).forEach(list::add);
        benefits.stream().filter(b -> !ORDER.contains(b)).sorted().forEach(list::add);
        return list;
    }

    /** The amount a decision pays: its amount when eligible, otherwise zero. */
    static BigDecimal paid(Decision d) {
        return d.status() == Status.ELIGIBLE ? d.amount() : BigDecimal.ZERO;
    }

    // --- per-thread accumulators -----------------------------------------------------------------

    private static final class Counts {
        long decisions;
        long paid;
        long eligibleZero;
        long ineligible;
        long notComputable;
        BigDecimal total = BigDecimal.ZERO;

        void add(Decision d) {
            decisions++;
            switch (d.status()) {
                case ELIGIBLE -> {
                    if (d.amount().signum() > 0) {
                        paid++;
                        total = total.add(d.amount());
                    } else {
                        eligibleZero++;
                    }
                }
                case INELIGIBLE -> ineligible++;
                case NOT_COMPUTABLE -> notComputable++;
            }
        }

        void merge(Counts o) {
            decisions += o.decisions;
            paid += o.paid;
            eligibleZero += o.eligibleZero;
            ineligible += o.ineligible;
            notComputable += o.notComputable;
            total = total.add(o.total);
        }
    }

    private static final class TotalsAcc {
        final Map<String, Counts> byBenefit = new HashMap<>();
        long decisions;

        void add(Response response) {
            for (Decision d : response.decisions()) {
                byBenefit.computeIfAbsent(d.benefit(), k -> new Counts()).add(d);
                decisions++;
            }
        }

        void merge(TotalsAcc o) {
            o.byBenefit.forEach((b, c) -> byBenefit.computeIfAbsent(b, k -> new Counts()).merge(c));
            decisions += o.decisions;
        }
    }

    private static final class Change {
        long baselinePaid;
        long reformPaid;
        long winners;
        long losers;
        long newRights;
        long lostRights;
        BigDecimal gain = BigDecimal.ZERO;
        BigDecimal newRightsAmount = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal baselineTotal = BigDecimal.ZERO;
        BigDecimal reformTotal = BigDecimal.ZERO;

        void add(BigDecimal before, BigDecimal after) {
            boolean paidBefore = before.signum() > 0;
            boolean paidAfter = after.signum() > 0;
            if (paidBefore) {
                baselinePaid++;
                baselineTotal = baselineTotal.add(before);
            }
            if (paidAfter) {
                reformPaid++;
                reformTotal = reformTotal.add(after);
            }
            int cmp = after.compareTo(before);
            if (cmp > 0) {
                winners++;
                gain = gain.add(after.subtract(before));
            } else if (cmp < 0) {
                losers++;
                loss = loss.add(before.subtract(after));
            }
            if (paidAfter && !paidBefore) {
                newRights++;
                newRightsAmount = newRightsAmount.add(after);
            } else if (paidBefore && !paidAfter) {
                lostRights++;
            }
        }

        void merge(Change o) {
            baselinePaid += o.baselinePaid;
            reformPaid += o.reformPaid;
            winners += o.winners;
            losers += o.losers;
            newRights += o.newRights;
            lostRights += o.lostRights;
            gain = gain.add(o.gain);
            newRightsAmount = newRightsAmount.add(o.newRightsAmount);
            loss = loss.add(o.loss);
            baselineTotal = baselineTotal.add(o.baselineTotal);
            reformTotal = reformTotal.add(o.reformTotal);
        }
    }

    private static final class ReformAcc {
        final Map<String, Change> byBenefit = new HashMap<>();
        long householdsGaining;
        long householdsLosing;

        void add(Response before, Response after) {
            // Pair the decisions by benefit and beneficiary; a decision only one engine makes pairs with 0.
            Map<String, BigDecimal[]> pairs = new java.util.LinkedHashMap<>();
            for (Decision d : before.decisions()) {
                pairs.computeIfAbsent(d.benefit() + "\u0000" + d.beneficiary(), k -> zeros())[0] = paid(d);
            }
            for (Decision d : after.decisions()) {
                pairs.computeIfAbsent(d.benefit() + "\u0000" + d.beneficiary(), k -> zeros())[1] = paid(d);
            }
            BigDecimal householdBefore = BigDecimal.ZERO;
            BigDecimal householdAfter = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal[]> e : pairs.entrySet()) {
                String benefit = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
                BigDecimal[] p = e.getValue();
                byBenefit.computeIfAbsent(benefit, k -> new Change()).add(p[0], p[1]);
                if (!ONE_OFF.contains(benefit)) {
                    householdBefore = householdBefore.add(p[0]);
                    householdAfter = householdAfter.add(p[1]);
                }
            }
            int cmp = householdAfter.compareTo(householdBefore);
            if (cmp > 0) {
                householdsGaining++;
            } else if (cmp < 0) {
                householdsLosing++;
            }
        }

        private static BigDecimal[] zeros() {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }

        void merge(ReformAcc o) {
            o.byBenefit.forEach((b, c) -> byBenefit.computeIfAbsent(b, k -> new Change()).merge(c));
            householdsGaining += o.householdsGaining;
            householdsLosing += o.householdsLosing;
        }
    }
}
