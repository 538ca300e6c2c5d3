package fr.justedroit.catalog.aah;

import fr.justedroit.rules.IncapacityBand;
import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The person's incapacity rate as the CDAPH fixed it, and the band of CSS L821-1, L821-2 and D821-1 it falls
 * in; by {@code aah.taux_incapacite}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param rate the rate as a fraction (0.80 for 80 %)
 * @param band below the minimum, between the two minima (the RSDAE is required), or sufficient
 */
public record AahTauxIncapacite(String id, BigDecimal rate, IncapacityBand band) {

    public AahTauxIncapacite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(band, "band");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahTauxIncapacite[" + Redacted.NOTE + "]";
    }
}
