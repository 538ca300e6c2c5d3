package fr.justedroit.catalog.aah;

import fr.justedroit.rules.AahCalculation;
import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The AAH of one calculation for the person (CSS L821-3, D821-2): plafond − resources, between 0 and the
 * montant maximal and the L821-1 limit; by {@code aah.montant.*}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param calculation the calculation, conjugalised or déconjugalisé
 * @param amount euros, rounded to the cent
 */
public record AahMontant(String id, AahCalculation calculation, BigDecimal amount) {

    public AahMontant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahMontant[" + Redacted.NOTE + "]";
    }
}
