package fr.justedroit.history;

import fr.justedroit.Decision;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of one benefit for one beneficiary: what was paid, what was due, and what follows.
 *
 * @param month the benefit month
 * @param benefit {@code rsa}, {@code prime_activite} or {@code aah}
 * @param beneficiary {@code household}, or the person's id for the AAH
 * @param paid what was paid: given by the timeline, or what the declared facts gave ({@link #paidGiven})
 * @param paidGiven whether the timeline gave the amount paid
 * @param due what the established facts give under the month's law
 * @param difference {@code due - paid}: negative for an indu, positive for a rappel
 * @param kind indu, rappel or none
 * @param recoverable whether the difference can still be claimed on {@code countedFrom} (false when none)
 * @param countedFrom the date the prescription is counted back from: the first correction that changed the
 *     month, or the date of the check
 * @param examination for the RSA and the prime d'activité, the month of the examination the amount was
 *     liquidated at; {@code null} for the AAH
 * @param decision the decision that gave the due amount, with its reasons; {@code null} when the
 *     beneficiary had no decision that month (not in the household)
 */
public record MonthDifference(
        YearMonth month,
        String benefit,
        String beneficiary,
        BigDecimal paid,
        boolean paidGiven,
        BigDecimal due,
        BigDecimal difference,
        Kind kind,
        boolean recoverable,
        java.time.LocalDate countedFrom,
        YearMonth examination,
        Decision decision) {

    public MonthDifference {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countedFrom, "countedFrom");
    }

    /** Whether the difference is prescribed (there is one, and it can no longer be claimed). */
    public boolean prescribed() {
        return kind != Kind.NONE && !recoverable;
    }
}
