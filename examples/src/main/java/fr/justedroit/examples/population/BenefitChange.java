package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a reform changes one benefit over a population: the same households decided under the law in
 * force (the baseline) and under the reform. Every count is of beneficiaries (a household for the RSA
 * and the prime d'activité, a person for the AAH and the violence aid); an amount not paid counts 0.
 *
 * @param benefit the benefit
 * @param baselinePaid beneficiaries paid under the baseline
 * @param reformPaid beneficiaries paid under the reform
 * @param winners beneficiaries paid more under the reform (including new rights)
 * @param losers beneficiaries paid less under the reform (including lost rights)
 * @param newRights paid under the reform, not under the baseline (they are winners too)
 * @param lostRights paid under the baseline, not under the reform (they are losers too)
 * @param totalGain the sum of the winners' gains, euros a month
 * @param newRightsTotal the part of {@code totalGain} that goes to new rights (their whole amount)
 * @param totalLoss the sum of the losers' losses, euros a month (positive)
 * @param baselineMonthly the baseline's monthly total
 * @param reformMonthly the reform's monthly total
 */
public record BenefitChange(String benefit, long baselinePaid, long reformPaid, long winners, long losers,
        long newRights, long lostRights, BigDecimal totalGain, BigDecimal newRightsTotal, BigDecimal totalLoss,
        BigDecimal baselineMonthly, BigDecimal reformMonthly) {

    /** The average gain of a winner, to the cent; 0 without winners. */
    public BigDecimal averageGain() {
        return average(totalGain, winners);
    }

    /** Beneficiaries already paid under the baseline who are paid more under the reform. */
    public long continuingWinners() {
        return winners - newRights;
    }

    /** The average gain of a beneficiary already paid under the baseline; 0 without one. */
    public BigDecimal averageContinuingGain() {
        return average(totalGain.subtract(newRightsTotal), continuingWinners());
    }

    /** The average amount of a new right; 0 without one. */
    public BigDecimal averageNewRight() {
        return average(newRightsTotal, newRights);
    }

    /** The average loss of a loser (positive), to the cent; 0 without losers. */
    public BigDecimal averageLoss() {
        return average(totalLoss, losers);
    }

    /** Reform minus baseline, euros a month (= total gain − total loss). */
    public BigDecimal monthlyDifference() {
        return reformMonthly.subtract(baselineMonthly);
    }

    /** The annual cost of the reform for this benefit: 12 × the monthly difference (negative: a saving). */
    public BigDecimal annualDifference() {
        return monthlyDifference().multiply(BigDecimal.valueOf(12));
    }

    private static BigDecimal average(BigDecimal total, long count) {
        return count == 0 ? BigDecimal.ZERO.setScale(2) : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
