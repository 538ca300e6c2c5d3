package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The forfait logement deducted from the RSA (CASF R262-9, R262-10), by the {@code rsa.forfait_logement.*} rules.
 *
 * @param amount euros, rounded to the cent
 */
public record RsaForfaitLogement(BigDecimal amount) {

    public RsaForfaitLogement {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RsaForfaitLogement[" + Redacted.NOTE + "]";
    }
}
