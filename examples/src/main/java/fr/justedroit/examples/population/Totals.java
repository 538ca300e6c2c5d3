package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * What a population simulation found.
 *
 * @param month the month decided
 * @param seed the generator's seed
 * @param households the households of the population
 * @param decisions the decisions made (every benefit, every beneficiary)
 * @param benefits per benefit, in the usual order (rsa, prime_activite, aah, violence_aid, then others)
 * @param failureCount the households that could not be decided (they count in no total)
 * @param failures some of them (at most 5), to reproduce
 * @param elapsed the time the decisions took
 * @param threads the threads that decided
 */
public record Totals(YearMonth month, long seed, long households, long decisions, List<BenefitTotals> benefits,
        long failureCount, List<Failure> failures, Duration elapsed, int threads) {

    public Totals {
        benefits = List.copyOf(benefits);
        failures = List.copyOf(failures);
    }

    /** The totals of {@code benefit}, or {@code null} when no decision was made on it. */
    public BenefitTotals benefit(String benefit) {
        return benefits.stream().filter(b -> b.benefit().equals(benefit)).findFirst().orElse(null);
    }

    /** The sum of every benefit's monthly total. */
    public BigDecimal monthlyTotal() {
        return benefits.stream().map(BenefitTotals::monthlyTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Households decided per second. */
    public double householdsPerSecond() {
        return households / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
