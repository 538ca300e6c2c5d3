package fr.justedroit.examples.population;

import fr.justedroit.Batch;
import fr.justedroit.BatchEntry;
import fr.justedroit.BatchOptions;
import fr.justedroit.BatchResult;
import fr.justedroit.InputError;
import fr.justedroit.JusteDroit;
import fr.justedroit.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The caller's own population ({@link PopulationFile}) decided through the engine's streaming
 * {@link Batch} (every core, in the order of the lines, constant memory), under the law in force and,
 * when given, a reform: weighted totals per benefit, per label, per decile of the households' own
 * income, the winners and losers, and, for the households whose payments today are given, who is not
 * paid what it is due (non-take-up) and who is paid more (over-payment).
 *
 * <pre>{@code
 * FileSimulation.Result r = new FileSimulation(Path.of("population.jsonl"), null, 4).run(law, reform, lists);
 * FileReports.write(r, Path.of("out"));
 * }</pre>
 *
 * <p>A line that breaks the format or the contract, or that the rules cannot decide, counts in no
 * total and goes to {@link Lists#refused} with its line, its id when it has one and its errors by path
 * (the request's fields under {@code request.}); the other lines are decided. What is kept while
 * running does not grow with the number of lines, except the decile table, which keeps one small
 * group per distinct own income (the deciles need the whole distribution), and one group per distinct
 * label value.
 */
public final class FileSimulation {
    private final Path input;
    private final YearMonth defaultMonth;
    private final int threads;
    private final RequestLimits limits = RequestLimits.DEFAULT;

    /**
     * @param input the population file
     * @param defaultMonth the month of the requests that give none, or {@code null}
     * @param threads the threads that decide (per engine)
     */
    public FileSimulation(Path input, YearMonth defaultMonth, int threads) {
        this.input = Objects.requireNonNull(input, "input");
        this.defaultMonth = defaultMonth;
        this.threads = Math.max(1, threads);
    }

    /** Where the lists go as they are found, in the order of the lines. */
    public interface Lists {
        /** A line not decided: it breaks the format or the contract, or the rules could not decide it. */
        void refused(long line, String id, String message, List<InputError> errors) throws IOException;

        /** A benefit the household is due and not paid (the law in force). */
        void nonTakeUp(PopulationHousehold household, String benefit, BigDecimal due) throws IOException;

        /** A benefit the household is paid more of than it is due (the law in force). */
        void overPayment(PopulationHousehold household, String benefit, BigDecimal due, BigDecimal paid) throws IOException;
    }

    /**
     * Everything added up.
     *
     * @param lines the non-blank lines read
     * @param decided the households decided (by both engines under a reform)
     * @param refused the lines not decided
     * @param weightedHouseholds the total weight of the households decided
     * @param reformed whether a reform was decided beside the law
     * @param benefits the benefits decided, in the usual order
     */
    public record Result(long lines, long decided, long refused, BigDecimal weightedHouseholds, boolean reformed,
            List<String> benefits, WeightedSums law, WeightedSums reform, Map<String, Map<String, LabelGroup>> labels,
            List<Deciles.Row> deciles, Map<String, Changes.Change> changes, Changes.Change households,
            Map<String, Gaps> gaps) {
    }

    /** The households of one value of one label. */
    static final class LabelGroup {
        long households;
        BigDecimal weight = BigDecimal.ZERO;
        final WeightedSums law = new WeightedSums();
        final WeightedSums reform = new WeightedSums();
    }

    /** Non-take-up and over-payment of one benefit, over the households whose payments are given. */
    public static final class Gaps {
        long nonTakeUp;
        BigDecimal weightedNonTakeUp = BigDecimal.ZERO;
        BigDecimal weightedUnpaid = BigDecimal.ZERO;
        long overPaid;
        BigDecimal weightedOverPaid = BigDecimal.ZERO;
        BigDecimal weightedExcess = BigDecimal.ZERO;
    }

    /**
     * Decides every line with {@code law} and, unless {@code null}, {@code reform}.
     *
     * @throws IOException if the file cannot be read or a list cannot be written
     */
    public Result run(JusteDroit law, JusteDroit reform, Lists lists) throws IOException {
        Objects.requireNonNull(law, "law");
        Running run = new Running(reform != null);
        try (InputStream lawIn = Files.newInputStream(input);
                InputStream reformIn = reform == null ? InputStream.nullInputStream() : Files.newInputStream(input)) {
            Tracked lawLines = new Tracked(PopulationFile.lines(lawIn, defaultMonth, limits));
            Tracked reformLines = new Tracked(PopulationFile.lines(reformIn, defaultMonth, limits));
            try (Stream<BatchResult> lawResults = batch(law).results(lawLines);
                    Stream<BatchResult> reformResults = reform == null ? Stream.empty() : batch(reform).results(reformLines)) {
                Iterator<BatchResult> after = reformResults.iterator();
                Iterator<BatchResult> before = lawResults.iterator();
                while (before.hasNext()) {
                    BatchResult l = before.next();
                    PopulationFile.Line line = lawLines.pending.poll();
                    BatchResult r = null;
                    if (reform != null) {
                        r = after.next();
                        reformLines.pending.poll();
                        if (r.line() != l.line()) {
                            throw new IllegalStateException("the two batches are out of step: line " + l.line() + " and " + r.line());
                        }
                    }
                    run.add(line, l, r, lists);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return run.result();
    }

    private Batch batch(JusteDroit engine) {
        return engine.batch(BatchOptions.defaults().withThreads(threads).withLimits(limits).withDefaultMonth(defaultMonth));
    }

    /** The lines given to a batch, kept until their result comes back (at most the batch's window). */
    private static final class Tracked implements Iterator<BatchEntry> {
        private final Iterator<PopulationFile.Line> lines;
        final ArrayDeque<PopulationFile.Line> pending = new ArrayDeque<>();

        Tracked(Iterator<PopulationFile.Line> lines) {
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            return lines.hasNext();
        }

        @Override
        public BatchEntry next() {
            PopulationFile.Line line = lines.next();
            pending.add(line);
            return line.entry();
        }
    }

    /** The sums as the results come, on the caller's thread. */
    private static final class Running {
        final boolean reformed;
        long lines;
        long decided;
        long refused;
        BigDecimal weight = BigDecimal.ZERO;
        final Set<String> benefits = new TreeSet<>();
        final WeightedSums law = new WeightedSums();
        final WeightedSums reform = new WeightedSums();
        final Map<String, Map<String, LabelGroup>> labels = new TreeMap<>();
        final Deciles deciles = new Deciles();
        final Changes changes = new Changes();
        final Map<String, Gaps> gaps = new TreeMap<>();

        Running(boolean reformed) {
            this.reformed = reformed;
        }

        void add(PopulationFile.Line line, BatchResult l, BatchResult r, Lists lists) throws IOException {
            lines++;
            BatchResult notDecided = l.outcome() != BatchResult.Outcome.DECIDED ? l
                    : r != null && r.outcome() != BatchResult.Outcome.DECIDED ? r : null;
            if (notDecided != null) {
                refused++;
                String message = notDecided.message() + (notDecided == r && r != l ? " (under the reform)" : "");
                lists.refused(l.line(), line.id(), message, requestPaths(line, notDecided.errors()));
                return;
            }
            PopulationHousehold h = line.household();
            decided++;
            weight = weight.add(h.weight());
            Map<String, WeightedSums.Paid> before = WeightedSums.paid(l.response());
            Map<String, WeightedSums.Paid> after = r == null ? Map.of() : WeightedSums.paid(r.response());
            benefits.addAll(before.keySet());
            benefits.addAll(after.keySet());
            law.add(before, h.weight());
            reform.add(after, h.weight());
            h.labels().forEach((name, value) -> {
                LabelGroup g = labels.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(value, k -> new LabelGroup());
                g.households++;
                g.weight = g.weight.add(h.weight());
                g.law.add(before, h.weight());
                g.reform.add(after, h.weight());
            });
            BigDecimal monthlyBefore = monthly(before);
            BigDecimal monthlyAfter = r == null ? monthlyBefore : monthly(after);
            deciles.add(h.ownIncome().counted(before.containsKey("aah")), h.weight(), monthlyBefore, monthlyAfter);
            if (r != null) {
                changes.add(before, after, monthlyBefore, monthlyAfter, h.weight());
            }
            if (h.paid() != null) {
                compare(h, before, lists);
            }
        }

        /** The request's errors under {@code request.}: the paths of the line, not of the request alone. */
        private static List<InputError> requestPaths(PopulationFile.Line line, List<InputError> errors) {
            if (line.household() == null) {
                return errors;
            }
            List<InputError> prefixed = new ArrayList<>();
            for (InputError e : errors) {
                prefixed.add(new InputError(e.path().startsWith("(") ? "request" : "request." + e.path(), e.problem(), e.expected()));
            }
            return prefixed;
        }

        private void compare(PopulationHousehold h, Map<String, WeightedSums.Paid> due, Lists lists) throws IOException {
            Set<String> seen = new TreeSet<>(due.keySet());
            seen.addAll(h.paid().keySet());
            for (String benefit : seen) {
                BigDecimal owed = due.getOrDefault(benefit, WeightedSums.Paid.NOTHING).amount();
                BigDecimal paid = h.paid().getOrDefault(benefit, BigDecimal.ZERO);
                Gaps g = gaps.computeIfAbsent(benefit, k -> new Gaps());
                if (owed.signum() > 0 && paid.signum() == 0) {
                    g.nonTakeUp++;
                    g.weightedNonTakeUp = g.weightedNonTakeUp.add(h.weight());
                    g.weightedUnpaid = g.weightedUnpaid.add(h.weight().multiply(owed));
                    lists.nonTakeUp(h, benefit, owed);
                } else if (paid.compareTo(owed) > 0) {
                    g.overPaid++;
                    g.weightedOverPaid = g.weightedOverPaid.add(h.weight());
                    g.weightedExcess = g.weightedExcess.add(h.weight().multiply(paid.subtract(owed)));
                    lists.overPayment(h, benefit, owed, paid);
                }
            }
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

        Result result() {
            Map<String, Changes.Change> byBenefit = new HashMap<>(changes.byBenefit);
            return new Result(lines, decided, refused, weight, reformed, PopulationSimulation.ordered(benefits), law, reform,
                    labels, deciles.rows(), byBenefit, changes.households, gaps);
        }
    }
}
