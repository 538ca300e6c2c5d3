package fr.justedroit.rules;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The suspension of the household's RSA given by the request ({@code household.rsaSanction}, CASF art.
 * L262-37), as the rules see it: one fact when the request gives one.
 *
 * @param percentage the part of the allocation suspended, in percent
 * @param from the first month suspended
 * @param until the last month suspended
 */
public record SuspendedRsa(BigDecimal percentage, YearMonth from, YearMonth until) {

    /** Whether the allocation of {@code month} is suspended. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(until);
    }

    /** The part suspended as a rate (50 % → 0.5). */
    public BigDecimal rate() {
        return percentage.movePointLeft(2);
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "SuspendedRsa[" + Redacted.NOTE + "]";
    }
}
