package fr.justedroit.catalog.aah;

import fr.justedroit.rules.MemberEsat;
import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The phase of CSS D821-10 in which the person's work in an ESAT is for the month decided: a) the year of
 * the admission, b) before a complete reference year in the ESAT, c) after it; by {@code aah.esat.periode}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param phase the phase
 */
public record AahEsatPeriode(String id, MemberEsat.Phase phase) {

    public AahEsatPeriode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phase, "phase");
    }

    /** Without the values ({@link Redacted}): work in an ESAT tells a disability; Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "AahEsatPeriode[" + Redacted.NOTE + "]";
    }
}
