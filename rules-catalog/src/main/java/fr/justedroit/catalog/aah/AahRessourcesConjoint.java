package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The partner's resources counted by the conjugalised calculation (CSS L821-3, D821-8-1 in their wording of 30
 * September 2023), monthly; by {@code aah.ressources_conjoint.*}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param amount euros a month, exact (not rounded); zero without a partner
 * @param couple whether the person has a partner (the plafond of a couple applies)
 */
public record AahRessourcesConjoint(String id, BigDecimal amount, boolean couple) {

    public AahRessourcesConjoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahRessourcesConjoint[" + Redacted.NOTE + "]";
    }
}
