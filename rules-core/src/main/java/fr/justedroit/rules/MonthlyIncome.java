package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one person received of one type in one month, every entry of the request added up
 * (several payslips of a month make one amount).
 *
 * @param personId the person
 * @param month the month received
 * @param type the kind of income
 * @param amount euros
 */
public record MonthlyIncome(String personId, YearMonth month, IncomeType type, BigDecimal amount) {

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "MonthlyIncome[month=" + month + ", " + Redacted.NOTE + "]";
    }
}
