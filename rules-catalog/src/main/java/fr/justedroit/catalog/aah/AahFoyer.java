package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The household of a person's AAH calculation (CSS D821-2): the dependent children under the age limit who
 * count for the plafond; inserted by {@code aah.foyer}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param children the dependent children who count (none for a person who is not the applicant or the partner)
 */
public record AahFoyer(String id, int children) {

    public AahFoyer {
        Objects.requireNonNull(id, "id");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahFoyer[" + Redacted.NOTE + "]";
    }
}
