package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the month of the right (CSS D843-2, D843-4, R512-2), from the SMIC horaire brut in force
 * on its first day; by {@code prime_activite.seuils}, one per evaluation.
 *
 * @param smic the SMIC horaire brut, euros
 * @param bonificationStart the earned income from which a bonification starts (D843-2), euros, rounded to the
 *     cent
 * @param bonificationFull the earned income from which the bonification is at its maximum, euros, rounded to
 *     the cent
 * @param bonificationMax the maximum bonification, euros, rounded to the cent
 * @param aah the own earned income from which the AAH is professional income (D843-4), euros, rounded to the
 *     cent
 * @param learner the earned income a student or apprentice must exceed each month (L842-2 3°, R512-2), euros,
 *     exact: 55 % × 169 × SMIC, not rounded (R512-2 states no rounding; shown rounded to the cent in sentences)
 */
public record PrimeActiviteSeuils(BigDecimal smic, BigDecimal bonificationStart, BigDecimal bonificationFull, BigDecimal bonificationMax, BigDecimal aah, BigDecimal learner) {

    public PrimeActiviteSeuils {
        Objects.requireNonNull(smic, "smic");
        Objects.requireNonNull(bonificationStart, "bonificationStart");
        Objects.requireNonNull(bonificationFull, "bonificationFull");
        Objects.requireNonNull(bonificationMax, "bonificationMax");
        Objects.requireNonNull(aah, "aah");
        Objects.requireNonNull(learner, "learner");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteSeuils[" + Redacted.NOTE + "]";
    }
}
