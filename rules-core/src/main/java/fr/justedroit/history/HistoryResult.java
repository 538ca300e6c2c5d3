package fr.justedroit.history;

import java.util.List;
import java.util.Optional;

/**
 * A recomputed timeline: every month of every benefit, and the totals per benefit.
 *
 * @param timeline the timeline recomputed
 * @param months by month, then benefit, then beneficiary
 * @param totals per benefit, in the order rsa, prime_activite, aah (those that appear)
 */
public record HistoryResult(Timeline timeline, List<MonthDifference> months, List<BenefitTotals> totals) {

    public HistoryResult {
        months = List.copyOf(months);
        totals = List.copyOf(totals);
    }

    /** The line of a month, benefit and beneficiary, if there is one. */
    public Optional<MonthDifference> month(java.time.YearMonth month, String benefit, String beneficiary) {
        return months.stream().filter(m -> m.month().equals(month) && m.benefit().equals(benefit)
                && m.beneficiary().equals(beneficiary)).findFirst();
    }

    /** The totals of a benefit, if it appears. */
    public Optional<BenefitTotals> totals(String benefit) {
        return totals.stream().filter(t -> t.benefit().equals(benefit)).findFirst();
    }
}
