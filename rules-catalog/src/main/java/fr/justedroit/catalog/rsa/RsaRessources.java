package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The average monthly resources of the foyer over the reference quarter (CASF R262-7), by {@code rsa.ressources}.
 *
 * @param average euros, exact (not rounded)
 */
public record RsaRessources(BigDecimal average) {

    public RsaRessources {
        Objects.requireNonNull(average, "average");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RsaRessources[" + Redacted.NOTE + "]";
    }
}
