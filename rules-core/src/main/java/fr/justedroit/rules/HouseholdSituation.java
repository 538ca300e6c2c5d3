package fr.justedroit.rules;

import fr.justedroit.HousingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The household-level facts of the request. One per evaluation.
 *
 * @param housingStatus how the household is housed, or {@code null} when not given
 * @param housingAid whether a housing aid is received
 * @param housingAidAmount the monthly housing aid when given, or {@code null}
 * @param singleParentSince the date from which the applicant is alone with a child or pregnancy, or
 *     {@code null}
 */
public record HouseholdSituation(
        HousingStatus housingStatus, boolean housingAid, BigDecimal housingAidAmount, LocalDate singleParentSince) {

    /** Whether the housing was given in the request. */
    public boolean housingGiven() {
        return housingStatus != null;
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "HouseholdSituation[housingStatus=" + housingStatus + ", " + Redacted.NOTE + "]";
    }
}
