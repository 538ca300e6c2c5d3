package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The conjugalised calculation is made for the person this month: before October 2023, or under the droit
 * d'option (décret n° 2022-1694 art. 2).
 *
 * @param id the id of the person who gets the AAH decision
 */
public record AahCalculConjugalise(String id) {

    public AahCalculConjugalise {
        Objects.requireNonNull(id, "id");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahCalculConjugalise[" + Redacted.NOTE + "]";
    }
}
