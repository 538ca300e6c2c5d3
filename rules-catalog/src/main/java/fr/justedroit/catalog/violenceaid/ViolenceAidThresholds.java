package fr.justedroit.catalog.violenceaid;

import fr.justedroit.ParameterValue;
import fr.justedroit.rules.Redacted;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The resource thresholds of the aid (CASF D214-13, D214-14): shares of the net monthly SMIC of the reference
 * 1 January, exact products; by {@code violence_aid.seuils}.
 *
 * @param smic the net monthly SMIC the thresholds are shares of
 * @param band1 the upper bound of the line without minoration, euros
 * @param band2 the upper bound of the first line of minoration, euros
 * @param band3 the upper bound of the second line of minoration, euros
 * @param loan the resources above which the aid is a loan (D214-13), euros
 * @param loanShare the share of the SMIC that gives the loan threshold for this number of children
 */
public record ViolenceAidThresholds(ParameterValue smic, BigDecimal band1, BigDecimal band2, BigDecimal band3, BigDecimal loan, ParameterValue loanShare) {

    public ViolenceAidThresholds {
        Objects.requireNonNull(smic, "smic");
        Objects.requireNonNull(band1, "band1");
        Objects.requireNonNull(band2, "band2");
        Objects.requireNonNull(band3, "band3");
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(loanShare, "loanShare");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidThresholds[" + Redacted.NOTE + "]";
    }
}
