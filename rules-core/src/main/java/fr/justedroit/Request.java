package fr.justedroit;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What to decide: a household, for a benefit month, and optionally a claim for the emergency aid
 * for victims of domestic violence.
 *
 * <p>The month is the legal date of every decision: the engine never reads the machine clock.
 *
 * @param month the benefit month being decided
 * @param household the people and their situation
 * @param violenceAid the emergency-aid claim, or {@code null} when none is made
 */
public record Request(YearMonth month, Household household, ViolenceAidClaim violenceAid) {

    public Request {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(household, "household");
    }

    /** A request without an emergency-aid claim. */
    public Request(YearMonth month, Household household) {
        this(month, household, null);
    }

    /** The emergency-aid claim, if one is made. */
    public Optional<ViolenceAidClaim> violenceAidClaim() {
        return Optional.ofNullable(violenceAid);
    }

    /** The same request for another month (the household is reused as it is). */
    public Request withMonth(YearMonth other) {
        return new Request(other, household, violenceAid);
    }
}
