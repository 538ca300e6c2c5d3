package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The base of the aid (CASF D214-14 1st paragraph): the RSA montant forfaitaire for one person and the
 * dependent children; by {@code violence_aid.montant_de_base}.
 *
 * @param amount euros, rounded to the cent
 */
public record ViolenceAidBase(BigDecimal amount) {

    public ViolenceAidBase {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidBase[" + Redacted.NOTE + "]";
    }
}
