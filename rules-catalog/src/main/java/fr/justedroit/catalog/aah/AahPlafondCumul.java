package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The most the AAH can be given the old-age or invalidity pension of the month (CSS L821-1): the montant
 * maximal less the pension, floored at zero; by {@code aah.cumul.pension}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param cap euros
 */
public record AahPlafondCumul(String id, BigDecimal cap) {

    public AahPlafondCumul {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cap, "cap");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahPlafondCumul[" + Redacted.NOTE + "]";
    }
}
