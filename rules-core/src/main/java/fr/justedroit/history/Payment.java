package fr.justedroit.history;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What was paid for one month, benefit and beneficiary.
 *
 * @param month the benefit month (not the month of the transfer)
 * @param benefit {@code rsa}, {@code prime_activite} or {@code aah}
 * @param beneficiary {@code household}, or the person's id for the AAH
 * @param amount euros, exact
 */
public record Payment(YearMonth month, String benefit, String beneficiary, BigDecimal amount) {

    public Payment {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(amount, "amount");
    }
}
