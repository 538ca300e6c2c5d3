package fr.justedroit.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;

/**
 * An amount of a month, shown in a sentence as "mars 2025 : 640,00 €" (a list of them reads as a
 * list).
 *
 * @param month the month
 * @param amount euros
 */
public record MonthAmount(YearMonth month, BigDecimal amount) implements Comparable<MonthAmount> {

    /** The sum of the amounts, exact. */
    public static BigDecimal total(Collection<MonthAmount> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (MonthAmount a : amounts) {
            total = total.add(a.amount());
        }
        return total;
    }

    @Override
    public int compareTo(MonthAmount other) {
        return month.compareTo(other.month);
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "MonthAmount[month=" + month + ", " + Redacted.NOTE + "]";
    }
}
