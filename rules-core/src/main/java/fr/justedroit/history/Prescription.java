package fr.justedroit.history;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The prescription of a month's difference, counted back from the date of the check or correction.
 *
 * <p>Two years for the RSA (CASF art. L262-45) and the AAH (CSS art. L821-5, LEGIARTI000041398624), for the
 * caisse's action on an indu as for the allocataire's on a rappel; for the prime d'activité the same two
 * years, as for every benefit the CAF serves (its own article was not found: CSS L845-3 is on recovery and
 * says nothing of prescription; docs/history.md). "Sauf en cas de fraude ou de fausse déclaration": then the caisse's action
 * falls under the common five years (Code civil art. 2224); the allocataire's action stays at two years.
 * A month's amount falls due on the first day of the next month (benefits are paid at the end of the month
 * they are for); the period runs from that day and is over when its last day has passed (Code civil
 * art. 2228 and 2229): the month is still recoverable on the date two (or five) years after that day, and
 * prescribed from the next day.
 */
public final class Prescription {
    /** The years of the ordinary prescription (CASF L262-45, CSS L821-5). */
    public static final int YEARS = 2;
    /** The years of the caisse's action after a fraud or a false declaration (Code civil art. 2224). */
    public static final int FRAUD_YEARS = 5;

    private Prescription() {
    }

    /** The day the amount of {@code month} falls due: the first day of the next month. */
    public static LocalDate dueDate(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }

    /** The last day on which the difference of {@code month} can still be claimed. */
    public static LocalDate lastDay(YearMonth month, Kind kind, boolean fraud) {
        return dueDate(month).plusYears(kind == Kind.INDU && fraud ? FRAUD_YEARS : YEARS);
    }

    /** Whether the difference of {@code month} is prescribed on {@code checkDate}. */
    public static boolean prescribed(YearMonth month, Kind kind, boolean fraud, LocalDate checkDate) {
        return checkDate.isAfter(lastDay(month, kind, fraud));
    }
}
