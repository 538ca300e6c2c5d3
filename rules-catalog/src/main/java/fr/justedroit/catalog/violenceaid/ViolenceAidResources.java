package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The victim's own resources of the month before the application (CASF D214-15); by {@code
 * violence_aid.ressources}.
 *
 * @param amount euros, exact (not rounded)
 */
public record ViolenceAidResources(BigDecimal amount) {

    public ViolenceAidResources {
        Objects.requireNonNull(amount, "amount");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidResources[" + Redacted.NOTE + "]";
    }
}
