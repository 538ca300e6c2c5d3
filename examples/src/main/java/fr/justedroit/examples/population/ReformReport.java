package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * A reform against the law in force on the same synthetic households.
 *
 * @param month the month decided
 * @param seed the generator's seed
 * @param households the households of the population
 * @param benefits per benefit, in the usual order
 * @param householdsGaining households whose monthly benefits (all together, one-off aids aside) rise
 * @param householdsLosing households whose monthly benefits fall
 * @param failureCount households that could not be decided by one engine or the other (left out)
 * @param failures some of them (at most 5)
 * @param elapsed the time both decisions took
 * @param threads the threads that decided
 */
public record ReformReport(YearMonth month, long seed, long households, List<BenefitChange> benefits,
        long householdsGaining, long householdsLosing, long failureCount, List<Failure> failures, Duration elapsed,
        int threads) {

    public ReformReport {
        benefits = List.copyOf(benefits);
        failures = List.copyOf(failures);
    }

    /** The change of {@code benefit}, or {@code null} when neither engine decided it. */
    public BenefitChange benefit(String benefit) {
        return benefits.stream().filter(b -> b.benefit().equals(benefit)).findFirst().orElse(null);
    }

    /** The annual cost of the reform, every benefit together (12 × the monthly difference). */
    public BigDecimal annualDifference() {
        return benefits.stream().map(BenefitChange::annualDifference).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Households decided (twice) per second. */
    public double householdsPerSecond() {
        return households / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
