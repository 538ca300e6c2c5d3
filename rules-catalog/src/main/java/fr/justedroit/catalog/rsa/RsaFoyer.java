package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.Redacted;

/**
 * The RSA's foyer (CASF R262-1, R262-3), as counted by {@code rsa.foyer}: one per evaluation.
 *
 * @param adults the applicant and the partner, if any
 * @param dependants the children under the age limit at their charge
 * @param persons adults + dependants
 */
public record RsaFoyer(int adults, int dependants, int persons) {

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RsaFoyer[" + Redacted.NOTE + "]";
    }
}
