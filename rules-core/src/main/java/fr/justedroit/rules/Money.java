package fr.justedroit.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Exact euro arithmetic for rules. Every rounding is explicit: a rule rounds where the law (or the
 * official barème) rounds, and says so.
 */
public final class Money {
    /** Zero euros, with two decimals. */
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** Rounds to the cent, half up (the rounding of the official barèmes). */
    public static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code a × b}, unrounded. */
    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return a.multiply(b);
    }

    /** {@code a × b}, rounded to the cent. */
    public static BigDecimal timesToCent(BigDecimal a, BigDecimal b) {
        return euros(a.multiply(b));
    }

    /** {@code a ÷ b} with ten decimals, half up: enough that later cent roundings are exact. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, 10, RoundingMode.HALF_UP);
    }

    /** The larger of two amounts. */
    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The smaller of two amounts. */
    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The amount, or zero if it is negative. */
    public static BigDecimal positive(BigDecimal a) {
        return a.signum() < 0 ? BigDecimal.ZERO : a;
    }

    /** {@code value} limited to {@code [low, high]}. */
    public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return min(max(value, low), high);
    }

    /** The sum of the amounts. */
    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether {@code a < b}. */
    public static boolean below(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) < 0;
    }

    /** Whether {@code a > b}. */
    public static boolean above(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) > 0;
    }

    /** A decimal from its text, for literals in rules ({@code Money.of("0.5")}). */
    public static BigDecimal of(String value) {
        return new BigDecimal(value);
    }
}
