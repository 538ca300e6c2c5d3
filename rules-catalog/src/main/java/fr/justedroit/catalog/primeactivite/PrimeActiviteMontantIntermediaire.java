package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The montant intermédiaire of one month of the reference quarter (CSS L842-3, R843-1); by {@code
 * prime_activite.montant_intermediaire}.
 *
 * @param month the month of the reference quarter
 * @param amount euros, rounded to the cent; zero when the computation is negative
 */
public record PrimeActiviteMontantIntermediaire(YearMonth month, BigDecimal amount) {

    public PrimeActiviteMontantIntermediaire {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteMontantIntermediaire[" + Redacted.NOTE + "]";
    }
}
