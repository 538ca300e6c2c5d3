package fr.justedroit.catalog.common;

import fr.justedroit.rules.Redacted;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One of the three months whose resources the RSA and the prime d'activité average (CASF R262-7, CSS
 * R843-2), inserted by {@code commun.trimestre_reference}.
 *
 * @param month the month
 * @param rank 1 for the oldest month of the quarter, 3 for the most recent
 */
public record ReferenceMonth(YearMonth month, int rank) {

    public ReferenceMonth {
        Objects.requireNonNull(month, "month");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ReferenceMonth[" + Redacted.NOTE + "]";
    }
}
