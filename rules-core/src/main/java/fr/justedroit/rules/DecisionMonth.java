package fr.justedroit.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The benefit month being decided: the legal date of every rule. One per evaluation.
 *
 * @param month the month
 */
public record DecisionMonth(YearMonth month) {

    /** The first day of the month, the date on which monthly parameters are read. */
    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** The last day of the month. */
    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The month {@code n} months before this one. */
    public YearMonth minus(int n) {
        return month.minusMonths(n);
    }

    /** Whether the month is on or after the given one ({@code "2023-10"}). */
    public boolean from(String yearMonth) {
        return !month.isBefore(YearMonth.parse(yearMonth));
    }
}
