package fr.justedroit.catalog.common;

import fr.justedroit.ParameterValue;
import fr.justedroit.rules.Redacted;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The reference quarter itself, for sentences: its first and last months and the dated parameter that
 * placed them ({@code commun.trimestre_reference.decalage}); one per evaluation.
 *
 * @param first the oldest month of the quarter
 * @param last the most recent month of the quarter
 * @param offset the parameter that placed the quarter before the month of the right
 */
public record ReferenceQuarter(YearMonth first, YearMonth last, ParameterValue offset) {

    public ReferenceQuarter {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(offset, "offset");
    }

    /** Without the months ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ReferenceQuarter[" + Redacted.NOTE + "]";
    }
}
