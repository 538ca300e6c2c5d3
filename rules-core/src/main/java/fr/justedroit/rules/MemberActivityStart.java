package fr.justedroit.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The day a member began or resumed a professional activity while receiving the AAH
 * ({@code persons[].aah.activityStartedOn}; CSS D821-9 1°).
 *
 * @param personId the member's id
 * @param startedOn the first day of the activity
 * @param receivingSince the first day of the member's current AAH right, or {@code null}
 */
public record MemberActivityStart(String personId, LocalDate startedOn, LocalDate receivingSince) {

    public MemberActivityStart {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(startedOn, "startedOn");
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
