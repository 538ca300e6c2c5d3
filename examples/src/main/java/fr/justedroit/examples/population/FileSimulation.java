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
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The caller's own population ({@link PopulationFile}) decided through the engine's streaming
 * {@link Batch} (every core, in the order of the lines, constant memory), under the law in force and,
 * when given, a reform: weighted totals per benefit, per label, per decile of the households' own
 * income, the winners and losers, and, for the households whose payments today are given, who is not
 * paid what it is due (non-take-up), who is paid more (over-payment) and who is paid less
 * (under-payment). The sums are {@link PopulationSums}', which a cluster merges partition by partition.
 *
 * <pre>{@code
 * FileSimulation.Result r = new FileSimulation(Path.of("population.jsonl"), null, 4).run(law, reform, lists);
 * FileReports.write(r, Path.of("out"));
 * }</pre>
 *
 * <p>A line that breaks the format or the contract, or that the rules cannot decide, counts in no
 * total and goes to {@link Lists#refused} with its line, its id when it has one and its errors by path
 * (the request's fields under {@code request.}); so does a line whose id an earlier line already has
 * ({@link PopulationFile#uniqueIds}); the other lines are decided. What is kept while running
 * does not grow with the number of lines, except the ids seen (one entry per distinct id), the
 * decile table, which keeps one small group per distinct own income (the deciles need the whole
 * distribution), and one group per distinct label value.
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

        /**
         * A benefit the household is paid some of, less than it is due (the law in force). Nothing by
         * default (a list written before under-payments were listed).
         */
        default void underPayment(PopulationHousehold household, String benefit, BigDecimal due, BigDecimal paid) throws IOException {
        }
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
    static final class LabelGroup implements Serializable {
        private static final long serialVersionUID = 1L;
        long households;
        BigDecimal weight = BigDecimal.ZERO;
        final WeightedSums law = new WeightedSums();
        final WeightedSums reform = new WeightedSums();

        void merge(LabelGroup o) {
            households += o.households;
            weight = weight.add(o.weight);
            law.merge(o.law);
            reform.merge(o.reform);
        }
    }

    /**
     * Non-take-up, over-payment and under-payment of one benefit, over the households whose payments
     * are given: how many households (unweighted), their weight, and the weighted monthly euros.
     */
    public static final class Gaps implements Serializable {
        private static final long serialVersionUID = 1L;
        long nonTakeUp;
        BigDecimal weightedNonTakeUp = BigDecimal.ZERO;
        BigDecimal weightedUnpaid = BigDecimal.ZERO;
        long overPaid;
        BigDecimal weightedOverPaid = BigDecimal.ZERO;
        BigDecimal weightedExcess = BigDecimal.ZERO;
        long underPaid;
        BigDecimal weightedUnderPaid = BigDecimal.ZERO;
        BigDecimal weightedShortfall = BigDecimal.ZERO;

        void add(HouseholdOutcome.Gap gap, BigDecimal weight) {
            switch (gap.kind()) {
                case NON_TAKE_UP -> {
                    nonTakeUp++;
                    weightedNonTakeUp = weightedNonTakeUp.add(weight);
                    weightedUnpaid = weightedUnpaid.add(weight.multiply(gap.due()));
                }
                case OVER_PAYMENT -> {
                    overPaid++;
                    weightedOverPaid = weightedOverPaid.add(weight);
                    weightedExcess = weightedExcess.add(weight.multiply(gap.paid().subtract(gap.due())));
                }
                case UNDER_PAYMENT -> {
                    underPaid++;
                    weightedUnderPaid = weightedUnderPaid.add(weight);
                    weightedShortfall = weightedShortfall.add(weight.multiply(gap.due().subtract(gap.paid())));
                }
            }
        }

        void merge(Gaps o) {
            nonTakeUp += o.nonTakeUp;
            weightedNonTakeUp = weightedNonTakeUp.add(o.weightedNonTakeUp);
            weightedUnpaid = weightedUnpaid.add(o.weightedUnpaid);
            overPaid += o.overPaid;
            weightedOverPaid = weightedOverPaid.add(o.weightedOverPaid);
            weightedExcess = weightedExcess.add(o.weightedExcess);
            underPaid += o.underPaid;
            weightedUnderPaid = weightedUnderPaid.add(o.weightedUnderPaid);
            weightedShortfall = weightedShortfall.add(o.weightedShortfall);
        }
    }

    /**
     * Decides every line with {@code law} and, unless {@code null}, {@code reform}.
     *
     * @throws IOException if the file cannot be read or a list cannot be written
     */
    public Result run(JusteDroit law, JusteDroit reform, Lists lists) throws IOException {
        Objects.requireNonNull(law, "law");
        PopulationSums sums = new PopulationSums(reform != null);
        try (InputStream lawIn = Files.newInputStream(input);
                InputStream reformIn = reform == null ? InputStream.nullInputStream() : Files.newInputStream(input)) {
            Tracked lawLines = new Tracked(PopulationFile.uniqueIds(PopulationFile.lines(lawIn, defaultMonth, limits)));
            Tracked reformLines = new Tracked(PopulationFile.uniqueIds(PopulationFile.lines(reformIn, defaultMonth, limits)));
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
                    HouseholdOutcome outcome = HouseholdOutcome.of(line, l, r);
                    sums.add(outcome);
                    outcome.report(lists);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return sums.result();
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
}
