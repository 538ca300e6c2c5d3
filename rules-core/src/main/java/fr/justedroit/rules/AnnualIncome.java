package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;

/**
 * What one person received of one annual type in one calendar year.
 *
 * @param personId the person
 * @param year the calendar year
 * @param type the kind of income
 * @param amount euros
 */
public record AnnualIncome(String personId, int year, IncomeType type, BigDecimal amount) {

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "AnnualIncome[year=" + year + ", " + Redacted.NOTE + "]";
    }
}
