package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * A person who gets an AAH decision (CSS L821-1): a person whose disability is given, or who has an AAH
 * history; inserted by {@code aah.demandeur}.
 *
 * @param id the person's id
 * @param path the person's path in the request, for the paths of missing inputs
 */
public record AahDemandeur(String id, String path) {

    public AahDemandeur {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahDemandeur[" + Redacted.NOTE + "]";
    }
}
