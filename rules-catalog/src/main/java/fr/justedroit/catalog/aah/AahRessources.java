package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The person's own resources counted by the AAH (CSS R821-4, R821-4-1, D821-9), as a monthly equivalent; by
 * {@code aah.ressources.*}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param amount euros a month, exact (not rounded)
 */
public record AahRessources(String id, BigDecimal amount) {

    public AahRessources {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahRessources[" + Redacted.NOTE + "]";
    }
}
