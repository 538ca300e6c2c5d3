package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The other member of the couple of a person who gets an AAH decision (CSS L821-3), for the conjugalised
 * calculation; inserted by {@code aah.foyer.conjoint}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param partnerId the partner's id
 * @param partnerPath the partner's path in the request, for the paths of missing inputs
 */
public record AahConjoint(String id, String partnerId, String partnerPath) {

    public AahConjoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(partnerPath, "partnerPath");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahConjoint[" + Redacted.NOTE + "]";
    }
}
