package fr.justedroit.examples.population;

import fr.justedroit.BatchResult;
import fr.justedroit.InputError;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What became of one line of a population file: its household and what each benefit pays it under the
 * law in force and, when a reform is decided, under the reform; or why it was not decided. It is what
 * {@link PopulationSums} adds up and what the lists ({@link FileSimulation.Lists}) are made of, on one
 * machine ({@link FileSimulation}) as on a cluster, where it travels between machines (serializable).
 *
 * @param line the line in the file (1-based; in a table without lines, the row's position)
 * @param id the line's id when it has one, even when the line was not decided
 * @param household the household, or {@code null} when the line breaks the format
 * @param law per benefit decided, what the law in force pays the household; {@code null} when not decided
 * @param reform the same under the reform; {@code null} without a reform or when not decided
 * @param refusal why the line was not decided, or {@code null} when it was
 * @param errors the errors of a line not decided, by path (the request's fields under {@code request.})
 */
public record HouseholdOutcome(long line, String id, PopulationHousehold household, Map<String, WeightedSums.Paid> law,
        Map<String, WeightedSums.Paid> reform, String refusal, List<Problem> errors) implements Serializable {

    public HouseholdOutcome {
        law = law == null ? null : Map.copyOf(law);
        reform = reform == null ? null : Map.copyOf(reform);
        errors = List.copyOf(errors);
    }

    /** One error of a line, as {@link InputError} says it (kept in a serializable form). */
    public record Problem(String path, String problem, String expected) implements Serializable {
        InputError inputError() {
            return new InputError(path, problem, expected);
        }
    }

    /** What a household is paid of a benefit against what it is due (the law in force), when they differ. */
    public enum GapKind {
        /** Due, and paid nothing: non-take-up. */
        NON_TAKE_UP,
        /** Paid more than it is due (nothing due included). */
        OVER_PAYMENT,
        /** Paid something, less than it is due. */
        UNDER_PAYMENT
    }

    /**
     * One gap of one benefit.
     *
     * @param benefit the benefit
     * @param kind non-take-up, over- or under-payment
     * @param due what the law in force decides, euros a month
     * @param paid what the household is paid today
     */
    public record Gap(String benefit, GapKind kind, BigDecimal due, BigDecimal paid) {
    }

    /**
     * The outcome of {@code line} from the results of its request under the law in force ({@code law})
     * and under the reform ({@code reform}, {@code null} without one): not decided when either did not
     * decide it.
     */
    public static HouseholdOutcome of(PopulationFile.Line line, BatchResult law, BatchResult reform) {
        BatchResult notDecided = law.outcome() != BatchResult.Outcome.DECIDED ? law
                : reform != null && reform.outcome() != BatchResult.Outcome.DECIDED ? reform : null;
        if (notDecided != null) {
            String message = notDecided.message() + (notDecided == reform && reform != law ? " (under the reform)" : "");
            return new HouseholdOutcome(law.line(), line.id(), line.household(), null, null, message,
                    requestPaths(line, notDecided.errors()));
        }
        return new HouseholdOutcome(law.line(), line.id(), line.household(), WeightedSums.paid(law.response()),
                reform == null ? null : WeightedSums.paid(reform.response()), null, List.of());
    }

    /** The request's errors under {@code request.}: the paths of the line, not of the request alone. */
    private static List<Problem> requestPaths(PopulationFile.Line line, List<InputError> errors) {
        List<Problem> problems = new ArrayList<>();
        for (InputError e : errors) {
            String path = line.household() == null ? e.path() : e.path().startsWith("(") ? "request" : "request." + e.path();
            problems.add(new Problem(path, e.problem(), e.expected()));
        }
        return problems;
    }

    /** Whether the line was decided (then {@link #household} and {@link #law} are given). */
    public boolean decided() {
        return refusal == null;
    }

    /**
     * The benefits the household is not paid what it is due, in the order of their names: empty when the
     * line was not decided or the file does not say what the household is paid.
     */
    public List<Gap> gaps() {
        if (!decided() || household.paid() == null) {
            return List.of();
        }
        Set<String> seen = new TreeSet<>(law.keySet());
        seen.addAll(household.paid().keySet());
        List<Gap> gaps = new ArrayList<>();
        for (String benefit : seen) {
            BigDecimal owed = law.getOrDefault(benefit, WeightedSums.Paid.NOTHING).amount();
            BigDecimal paid = household.paid().getOrDefault(benefit, BigDecimal.ZERO);
            if (owed.signum() > 0 && paid.signum() == 0) {
                gaps.add(new Gap(benefit, GapKind.NON_TAKE_UP, owed, paid));
            } else if (paid.compareTo(owed) > 0) {
                gaps.add(new Gap(benefit, GapKind.OVER_PAYMENT, owed, paid));
            } else if (paid.compareTo(owed) < 0) {
                gaps.add(new Gap(benefit, GapKind.UNDER_PAYMENT, owed, paid));
            }
        }
        return gaps;
    }

    /** Tells {@code lists} what this line goes into: the refused lines, or its gaps. */
    public void report(FileSimulation.Lists lists) throws IOException {
        if (!decided()) {
            lists.refused(line, id, refusal, errors.stream().map(Problem::inputError).toList());
            return;
        }
        for (Gap g : gaps()) {
            switch (g.kind()) {
                case NON_TAKE_UP -> lists.nonTakeUp(household, g.benefit(), g.due());
                case OVER_PAYMENT -> lists.overPayment(household, g.benefit(), g.due(), g.paid());
                case UNDER_PAYMENT -> lists.underPayment(household, g.benefit(), g.due(), g.paid());
            }
        }
    }
}
