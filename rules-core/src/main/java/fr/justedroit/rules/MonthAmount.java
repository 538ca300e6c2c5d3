package fr.justedroit.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

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

    /** Whether every amount is strictly above {@code threshold}. */
    public static boolean allAbove(Collection<MonthAmount> amounts, BigDecimal threshold) {
        for (MonthAmount a : amounts) {
            if (a.amount().compareTo(threshold) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every amount equals {@code amount} (compared as numbers: 600 equals 600.00). */
    public static boolean allEqualTo(Collection<MonthAmount> amounts, BigDecimal amount) {
        for (MonthAmount a : amounts) {
            if (a.amount().compareTo(amount) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The amounts in month order. */
    public static List<MonthAmount> inMonthOrder(Collection<MonthAmount> amounts) {
        List<MonthAmount> sorted = new ArrayList<>(amounts);
        Collections.sort(sorted);
        return sorted;
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
