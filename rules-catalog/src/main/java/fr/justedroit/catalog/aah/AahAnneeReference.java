package fr.justedroit.catalog.aah;

import fr.justedroit.ParameterValue;
import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * The calendar year of the AAH's annual evaluation (CSS R821-4): year N-2, placed by {@code
 * aah.evaluation_annuelle.decalage_annees}; one per evaluation.
 *
 * @param year the calendar year whose taxable income is read
 * @param offset the parameter that placed the year before the year of the right
 */
public record AahAnneeReference(int year, ParameterValue offset) {

    public AahAnneeReference {
        Objects.requireNonNull(offset, "offset");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahAnneeReference[" + Redacted.NOTE + "]";
    }
}
