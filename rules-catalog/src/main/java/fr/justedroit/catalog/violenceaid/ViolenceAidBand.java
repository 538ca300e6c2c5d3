package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;

/**
 * One line of the scale of CASF D214-14: resources above {@code low} (exclusive) and up to {@code high}
 * (inclusive) reduce the base by the rate of the line; by {@code violence_aid.seuils}.
 *
 * @param low euros; null for the first line
 * @param high euros; null for the last line
 * @param rank the line's place: 0 without minoration, then D214-14 1° to 3°
 */
public record ViolenceAidBand(BigDecimal low, BigDecimal high, int rank) {

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidBand[" + Redacted.NOTE + "]";
    }
}
