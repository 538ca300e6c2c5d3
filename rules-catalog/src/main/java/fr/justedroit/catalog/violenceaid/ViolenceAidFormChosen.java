package fr.justedroit.catalog.violenceaid;

import fr.justedroit.AidForm;
import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The form of the aid (CASF D214-13): a loan above the threshold for the number of children, otherwise a
 * grant; by {@code violence_aid.forme.*}.
 *
 * @param form grant or loan
 */
public record ViolenceAidFormChosen(AidForm form) {

    public ViolenceAidFormChosen {
        Objects.requireNonNull(form, "form");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidFormChosen[" + Redacted.NOTE + "]";
    }
}
