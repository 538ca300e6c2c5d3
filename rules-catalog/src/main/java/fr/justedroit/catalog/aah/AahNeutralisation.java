package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The months whose earned income is not counted for the AAH after an activity begun or resumed while
 * the AAH is received (CSS D821-9 1°); by {@code aah.neutralisation.reprise_activite}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param first the month the activity began or resumed
 * @param last the last month neutralised
 */
public record AahNeutralisation(String id, YearMonth first, YearMonth last) {

    public AahNeutralisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /** Whether the income of {@code month} is counted, given the neutralisations of the person. */
    public static boolean counted(List<?> neutralisations, YearMonth month) {
        for (Object n : neutralisations) {
            AahNeutralisation period = (AahNeutralisation) n;
            if (!month.isBefore(period.first) && !month.isAfter(period.last)) {
                return false;
            }
        }
        return true;
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahNeutralisation[" + Redacted.NOTE + "]";
    }
}
