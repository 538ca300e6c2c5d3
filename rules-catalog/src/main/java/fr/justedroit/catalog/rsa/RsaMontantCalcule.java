package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The RSA computed for the month before the payment threshold (CASF L262-2): montant forfaitaire − resources − forfait logement.
 *
 * @param amount euros, rounded to the cent; negative or zero when the resources reach the montant forfaitaire
 */
public record RsaMontantCalcule(BigDecimal amount) {

    public RsaMontantCalcule {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RsaMontantCalcule[" + Redacted.NOTE + "]";
    }
}
