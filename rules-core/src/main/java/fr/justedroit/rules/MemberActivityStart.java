package fr.justedroit.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The day a member began or resumed a professional activity while receiving the AAH
 * ({@code persons[].aah.activityStartedOn}; CSS D821-9 1°).
 *
 * @param personId the member's id
 * @param startedOn the first day of the activity
 * @param receivingSince the first day of the member's current AAH right, or {@code null}
 * @param neutralisedMonths the months already neutralised for earlier starts ({@code persons[].aah.neutralisedMonths})
 */
public record MemberActivityStart(String personId, LocalDate startedOn, LocalDate receivingSince,
        List<YearMonth> neutralisedMonths) {

    public MemberActivityStart {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(startedOn, "startedOn");
        neutralisedMonths = neutralisedMonths == null ? List.of() : List.copyOf(neutralisedMonths);
    }

    /** A start without earlier neutralisations (the record before {@code neutralisedMonths}). */
    public MemberActivityStart(String personId, LocalDate startedOn, LocalDate receivingSince) {
        this(personId, startedOn, receivingSince, List.of());
    }

    /**
     * How many months, from the month of the start, D821-9 1° neutralises: at most {@code duration}
     * consecutive months, each only while the months neutralised in the {@code window} months ending with
     * it (the earlier ones given, and this start's) stay within {@code cap} (« La durée cumulée du bénéfice
     * de cette disposition ne peut excéder six mois par période de douze mois glissants »); the period ends
     * at the first month the cap is reached. 0 when it is reached in the month of the start.
     */
    public int monthsNeutralised(int duration, int cap, int window) {
        java.util.Set<YearMonth> neutralised = new java.util.HashSet<>(neutralisedMonths);
        YearMonth first = month();
        int n = 0;
        while (n < duration) {
            YearMonth m = first.plusMonths(n);
            int inWindow = 0;
            for (YearMonth e : neutralised) {
                if (!e.isBefore(m.minusMonths(window - 1)) && e.isBefore(m)) {
                    inWindow++;
                }
            }
            if (inWindow >= cap) {
                break;
            }
            neutralised.add(m);
            n++;
        }
        return n;
    }

    /** The month the activity began or resumed. */
    public YearMonth month() {
        return YearMonth.from(startedOn);
    }

    /** Whether the activity began on or after the opening of the current AAH right. */
    public boolean afterTheRightOpened() {
        return receivingSince != null && !startedOn.isBefore(receivingSince);
    }

    /** Without the values ({@link Redacted}): Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "MemberActivityStart[" + Redacted.NOTE + "]";
    }
}
