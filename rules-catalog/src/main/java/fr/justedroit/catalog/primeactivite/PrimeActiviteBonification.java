package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The bonification individuelle of one worker for one month of the reference quarter (CSS L842-3, D843-2); by
 * {@code prime_activite.bonification}.
 *
 * @param personId the worker's id
 * @param month the month of the reference quarter
 * @param amount euros, rounded to the cent
 */
public record PrimeActiviteBonification(String personId, YearMonth month, BigDecimal amount) {

    public PrimeActiviteBonification {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteBonification[" + Redacted.NOTE + "]";
    }
}
