package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The montant forfaitaire of the foyer, majoré or not (CASF L262-2, L262-9, R262-1).
 *
 * @param amount euros, rounded to the cent
 */
public record RsaMontantForfaitaire(BigDecimal amount) {

    public RsaMontantForfaitaire {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RsaMontantForfaitaire[" + Redacted.NOTE + "]";
    }
}
