package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The forfait logement added to the resources of the prime d'activité (CSS R844-3); by {@code
 * prime_activite.forfait_logement.*}.
 *
 * @param amount euros, rounded to the cent; zero when none applies
 */
public record PrimeActiviteForfaitLogement(BigDecimal amount) {

    public PrimeActiviteForfaitLogement {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteForfaitLogement[" + Redacted.NOTE + "]";
    }
}
