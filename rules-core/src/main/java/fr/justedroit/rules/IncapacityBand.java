package fr.justedroit.rules;

import java.math.BigDecimal;

/**
 * The bands of a permanent incapacity rate that the allocation aux adultes handicapés distinguishes:
 * below the minimum with the restriction substantielle et durable d'accès à l'emploi (50 %), between
 * it and the minimum (80 %, CSS L821-2), and at least the minimum (CSS L821-1). The bounds are the
 * rule set's parameters, not constants of this type.
 */
public enum IncapacityBand {
    /** Below the lower bound: no AAH. */
    BELOW_MINIMUM,
    /** From the lower bound up to the upper one, excluded: the AAH needs the restriction d'accès à l'emploi. */
    EMPLOYMENT_RESTRICTION_REQUIRED,
    /** At least the upper bound. */
    SUFFICIENT;

    /**
     * The band of {@code rate}.
     *
     * @param rate the incapacity rate, as a fraction (0.79)
     * @param withRestriction the lowest rate that opens the AAH with the restriction (0.5)
     * @param sufficient the lowest rate that opens it without (0.8)
     */
    public static IncapacityBand of(BigDecimal rate, BigDecimal withRestriction, BigDecimal sufficient) {
        if (rate.compareTo(withRestriction) < 0) {
            return BELOW_MINIMUM;
        }
        return rate.compareTo(sufficient) < 0 ? EMPLOYMENT_RESTRICTION_REQUIRED : SUFFICIENT;
    }
}
