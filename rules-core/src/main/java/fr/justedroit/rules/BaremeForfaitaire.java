package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import java.util.List;
import java.util.Objects;

/**
 * The dated parameters of a montant forfaitaire scale (CASF R262-1 for the RSA, CSS D843-1 for the
 * prime d'activité): the amount for one person and the rates of the further persons. The arithmetic
 * is the catalog's ({@code montantDuBareme} in {@code common.drl}); this type only keeps the four
 * parameters together so that a rule cites them all.
 *
 * @param base the montant forfaitaire of one person
 * @param secondPerson the rate added for the second person
 * @param furtherPerson the rate added for each further person
 * @param fromThirdChild the rate added for each dependant from the third one
 */
public record BaremeForfaitaire(ParameterValue base, ParameterValue secondPerson, ParameterValue furtherPerson,
        ParameterValue fromThirdChild) {

    public BaremeForfaitaire {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(secondPerson, "secondPerson");
        Objects.requireNonNull(furtherPerson, "furtherPerson");
        Objects.requireNonNull(fromThirdChild, "fromThirdChild");
    }

    /** The four parameters, for {@code explain...using(...)}. */
    public List<ParameterValue> parameters() {
        return List.of(base, secondPerson, furtherPerson, fromThirdChild);
    }
}
