package fr.justedroit.catalog.aah;

import fr.justedroit.ParameterValue;
import fr.justedroit.rules.Redacted;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The reference quarter of the AAH's quarterly evaluation (CSS R821-4-1): the three months before the month of
 * the right, placed by {@code aah.trimestre_reference.decalage}; one per evaluation.
 *
 * @param first the oldest month of the quarter
 * @param last the most recent month of the quarter
 * @param offset the parameter that placed the quarter before the month of the right
 */
public record AahTrimestre(YearMonth first, YearMonth last, ParameterValue offset) {

    public AahTrimestre {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(offset, "offset");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahTrimestre[" + Redacted.NOTE + "]";
    }
}
