package fr.justedroit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A person's AAH history, which decides the "droit d'option" of people who already received the
 * AAH before 1 October 2023, and the neutralisation of the earnings of an activity begun or resumed
 * while the AAH is received (CSS D821-9 1°).
 *
 * @param receivingSince first day of the current AAH entitlement, or {@code null}
 * @param individualisedSince month from which the person was switched, for good, to the calculation
 *     without the partner's resources; {@code null} if never
 * @param activityStartedOn first day of the professional activity the person began or resumed most
 *     recently, or {@code null} when none is given
 * @param neutralisedMonths the months whose earned income was already left out under D821-9 1° for an
 *     earlier start of activity (its « durée cumulée » is capped at six months per twelve rolling months),
 *     before the month of {@code activityStartedOn}; empty when none is given (never {@code null})
 */
public record AahHistory(LocalDate receivingSince, YearMonth individualisedSince, LocalDate activityStartedOn,
        List<YearMonth> neutralisedMonths) {

    public AahHistory {
        neutralisedMonths = neutralisedMonths == null ? List.of() : List.copyOf(neutralisedMonths);
    }

    /** The previous canonical constructor (before {@code neutralisedMonths}): no earlier neutralisation given. */
    public AahHistory(LocalDate receivingSince, YearMonth individualisedSince, LocalDate activityStartedOn) {
        this(receivingSince, individualisedSince, activityStartedOn, List.of());
    }

    /** The constructor before {@code activityStartedOn}: no activity start given. */
    public AahHistory(LocalDate receivingSince, YearMonth individualisedSince) {
        this(receivingSince, individualisedSince, null);
    }

    /** This history with another definitive switch month. */
    public AahHistory withIndividualisedSince(YearMonth month) {
        return new AahHistory(receivingSince, month, activityStartedOn, neutralisedMonths);
    }
}
