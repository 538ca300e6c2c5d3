package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A forfait logement as the law computes it for a foyer (CASF R262-9 and R262-10 for the RSA, CSS
 * R844-3 for the prime d'activité; computed by {@code forfaitLogementDuFoyer} in {@code common.drl}).
 *
 * @param persons the persons counted: the foyer's size, at most 3
 * @param amount euros, rounded to the cent
 * @param parameters the montant forfaitaire and the rate it was computed with
 */
public record ForfaitLogement(int persons, BigDecimal amount, List<ParameterValue> parameters) {

    public ForfaitLogement {
        Objects.requireNonNull(amount, "amount");
        parameters = List.copyOf(parameters);
    }

    /** Without the person's id or amounts: Drools prints facts at TRACE ({@link Redacted}). */
    @Override
    public String toString() {
        return "ForfaitLogement[persons=" + persons + ", " + Redacted.NOTE + "]";
    }
}
