package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The droit d'option is open to the person this month (décret n° 2022-1694 art. 2): both calculations are
 * compared.
 *
 * @param id the id of the person who gets the AAH decision
 */
public record AahProtection(String id) {

    public AahProtection {
        Objects.requireNonNull(id, "id");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahProtection[" + Redacted.NOTE + "]";
    }
}
