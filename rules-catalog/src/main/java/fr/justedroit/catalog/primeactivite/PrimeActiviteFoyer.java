package fr.justedroit.catalog.primeactivite;

import fr.justedroit.rules.Redacted;

/**
 * The prime d'activité's foyer (CSS R842-3, D843-1), as counted by {@code prime_activite.foyer}: one per
 * evaluation.
 *
 * @param adults the applicant and the partner, if any
 * @param dependants the children under the age limit at their charge
 * @param persons adults + dependants
 */
public record PrimeActiviteFoyer(int adults, int dependants, int persons) {

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "PrimeActiviteFoyer[" + Redacted.NOTE + "]";
    }
}
