package fr.justedroit.history;

import java.math.BigDecimal;

/**
 * The totals of one benefit over the span, in euros.
 *
 * @param benefit {@code rsa}, {@code prime_activite} or {@code aah}
 * @param indus the overpayments still recoverable
 * @param rappels the arrears still payable
 * @param prescribed the differences (overpayments and arrears, in absolute value) no longer claimable
 */
public record BenefitTotals(String benefit, BigDecimal indus, BigDecimal rappels, BigDecimal prescribed) {

    static BenefitTotals of(String benefit, java.util.List<MonthDifference> months) {
        BigDecimal indus = BigDecimal.ZERO.setScale(2);
        BigDecimal rappels = BigDecimal.ZERO.setScale(2);
        BigDecimal prescribed = BigDecimal.ZERO.setScale(2);
        for (MonthDifference m : months) {
            if (!m.benefit().equals(benefit) || m.kind() == Kind.NONE) {
                continue;
            }
            BigDecimal size = m.difference().abs();
            if (!m.recoverable()) {
                prescribed = prescribed.add(size);
            } else if (m.kind() == Kind.INDU) {
                indus = indus.add(size);
            } else {
                rappels = rappels.add(size);
            }
        }
        return new BenefitTotals(benefit, indus, rappels, prescribed);
    }
}
