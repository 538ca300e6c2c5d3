package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The amount of the aid after the minoration by the victim's resources (CASF D214-14); by {@code
 * violence_aid.minoration}.
 *
 * @param amount euros, rounded to the cent
 */
public record ViolenceAidAmount(BigDecimal amount) {

    public ViolenceAidAmount {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidAmount[" + Redacted.NOTE + "]";
    }
}
