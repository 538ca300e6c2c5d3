package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;

/**
 * The victim's dependent children for the scale of the aide universelle d'urgence (CASF D214-14, D214-16); by
 * {@code violence_aid.enfants}, one per evaluation.
 *
 * @param number the children other than the victim, born on or before the application date and under the age
 *     limit on that date
 */
public record ViolenceAidChildren(int number) {

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidChildren[" + Redacted.NOTE + "]";
    }
}
