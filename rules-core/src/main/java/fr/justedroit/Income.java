package fr.justedroit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An amount received by a person, for a month or (for annual types) a calendar year.
 *
 * <p>One entry per type and month (or year): a person with two employers writes the sum of the two
 * payslips. Two entries of the same type and month are refused, naming both, rather than added up
 * (a salary written twice must not count twice).
 *
 * @param type the kind of income
 * @param month the month it was received, for monthly types; otherwise {@code null}
 * @param year the calendar year, for annual types; otherwise {@code null}
 * @param amount euros, exact
 */
public record Income(IncomeType type, YearMonth month, Integer year, BigDecimal amount) {

    public Income {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
    }

    /** A monthly income. */
    public static Income monthly(IncomeType type, YearMonth month, BigDecimal amount) {
        return new Income(type, month, null, amount);
    }

    /** An annual income. */
    public static Income annual(IncomeType type, int year, BigDecimal amount) {
        return new Income(type, null, year, amount);
    }
}
