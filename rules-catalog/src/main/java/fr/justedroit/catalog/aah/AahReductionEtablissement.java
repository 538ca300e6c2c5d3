package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The AAH reduced during a stay of more than sixty days in a hospital, a prison or a maison d'accueil
 * spécialisée (CSS R821-8): the person keeps a share of the montant maximal, never more than the AAH
 * computed without the stay; by {@code aah.reduction_etablissement}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param kept euros: the share of the montant maximal kept, rounded to the cent
 */
public record AahReductionEtablissement(String id, BigDecimal kept) {

    public AahReductionEtablissement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kept, "kept");
    }

    /** Without the values ({@link Redacted}): a stay in hospital is health data; Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "AahReductionEtablissement[" + Redacted.NOTE + "]";
    }
}
