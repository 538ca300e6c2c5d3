package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The decisions on one benefit over a population, for one month.
 *
 * @param benefit the benefit ({@code rsa}, {@code prime_activite}, {@code aah}, {@code violence_aid}...)
 * @param decisions every decision on it (one per household, or per person for personal benefits)
 * @param paid eligible decisions with an amount above zero: the beneficiaries
 * @param eligibleZero eligible decisions whose amount is zero (under a payment threshold)
 * @param ineligible decisions where a condition fails
 * @param notComputable decisions that lack an input
 * @param monthlyTotal the exact sum of the paid amounts, euros (for a one-off aid: the aids of the month)
 */
public record BenefitTotals(String benefit, long decisions, long paid, long eligibleZero, long ineligible,
        long notComputable, BigDecimal monthlyTotal) {

    /** The average amount of a beneficiary: monthly total / paid, to the cent (half up); 0 when nobody is paid. */
    public BigDecimal averageMonthly() {
        return paid == 0 ? BigDecimal.ZERO.setScale(2) : monthlyTotal.divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP);
    }

    /** The annual cost, taken as 12 × the monthly total (the month stands for each month of the year). */
    public BigDecimal annualCost() {
        return monthlyTotal.multiply(BigDecimal.valueOf(12));
    }
}
