package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The prime d'activité computed for the month before the payment threshold (CSS R843-1): the average of the
 * three montants intermédiaires; by {@code prime_activite.montant}.
 *
 * @param amount euros, rounded to the cent
 */
public record PrimeActiviteMontantCalcule(BigDecimal amount) {

    public PrimeActiviteMontantCalcule {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteMontantCalcule[" + Redacted.NOTE + "]";
    }
}
