package fr.justedroit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the household is housed; together with the housing aid it decides the "forfait logement".
 *
 * @param status the housing status
 * @param housingAid whether a housing aid (APL, ALS, ALF) is received
 * @param housingAidAmount the monthly housing aid, when known (an optional extension of the
 *     contract); when absent the forfait logement is taken in full
 */
public record Housing(HousingStatus status, boolean housingAid, BigDecimal housingAidAmount) {

    public Housing {
        Objects.requireNonNull(status, "status");
    }

    public Housing(HousingStatus status, boolean housingAid) {
        this(status, housingAid, null);
    }
}
