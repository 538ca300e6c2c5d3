package fr.justedroit.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A person's professional activity stopped ({@code persons[].activityStop} of the request), as the rules
 * see it: one fact per person whose request gives a stop.
 *
 * @param personId the person
 * @param date the last day of the activity
 * @param replacementIncome whether the person can claim a replacement income for it
 * @param unemploymentBenefit whether what stops is the person's unemployment benefit, not an activity
 */
public record StoppedActivity(String personId, LocalDate date, boolean replacementIncome, boolean unemploymentBenefit) {

    /** The stop of an activity ({@code unemploymentBenefit} false). */
    public StoppedActivity(String personId, LocalDate date, boolean replacementIncome) {
        this(personId, date, replacementIncome, false);
    }

    /**
     * The first month of the right in which the stop counts: the month of the stop, or the next one when
     * the activity stopped on the last day of its month (the activity's income of that month is then
     * complete: the CNAF applies the neutralisation « à compter du premier jour du mois suivant »).
     */
    public YearMonth firstMonth() {
        YearMonth month = YearMonth.from(date);
        return date.equals(month.atEndOfMonth()) ? month.plusMonths(1) : month;
    }

    /** Whether the stop counts for the right of {@code month}: {@link #firstMonth()} is that month or before. */
    public boolean countsIn(YearMonth month) {
        return !firstMonth().isAfter(month);
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "StoppedActivity[" + Redacted.NOTE + "]";
    }
}
