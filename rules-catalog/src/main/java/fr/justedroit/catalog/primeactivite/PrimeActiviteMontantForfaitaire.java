package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The prime d'activité's montant forfaitaire of the foyer, majoré or not (CSS L842-3, L842-7, D843-1); by
 * {@code prime_activite.montant_forfaitaire*}.
 *
 * @param amount euros, rounded to the cent
 */
public record PrimeActiviteMontantForfaitaire(BigDecimal amount) {

    public PrimeActiviteMontantForfaitaire {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteMontantForfaitaire[" + Redacted.NOTE + "]";
    }
}
