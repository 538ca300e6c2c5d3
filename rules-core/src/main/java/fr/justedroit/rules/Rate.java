package fr.justedroit.rules;

import java.math.BigDecimal;

/**
 * A rate shown in a sentence as a percentage ({@code 0.5985} reads "59,85 %").
 *
 * @param value the rate as a fraction
 */
public record Rate(BigDecimal value) {

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "Rate[" + Redacted.NOTE + "]";
    }
}
