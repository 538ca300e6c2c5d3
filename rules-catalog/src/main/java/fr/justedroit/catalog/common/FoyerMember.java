package fr.justedroit.catalog.common;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * A member of the foyer of the RSA (CASF R262-3) and of the prime d'activité (CSS R842-3): the
 * applicant, the partner, or a child under the age limit at their charge; inserted by
 * {@code commun.foyer.membre}.
 *
 * @param id the person's id
 * @param dependant whether the member is a dependant (a child), not the applicant or the partner
 */
public record FoyerMember(String id, boolean dependant) {

    public FoyerMember {
        Objects.requireNonNull(id, "id");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "FoyerMember[" + Redacted.NOTE + "]";
    }
}
