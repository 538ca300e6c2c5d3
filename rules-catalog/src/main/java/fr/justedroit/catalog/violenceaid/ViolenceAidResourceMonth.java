package fr.justedroit.catalog.violenceaid;

import fr.justedroit.ParameterValue;
import fr.justedroit.rules.Redacted;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The month whose resources count for the aid (CASF D214-15): the calendar month before the application; by
 * {@code violence_aid.mois_des_ressources}.
 *
 * @param month the month of the resources
 * @param offset the parameter that placed it before the application's month
 */
public record ViolenceAidResourceMonth(YearMonth month, ParameterValue offset) {

    public ViolenceAidResourceMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(offset, "offset");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidResourceMonth[" + Redacted.NOTE + "]";
    }
}
