package fr.justedroit.history;

import fr.justedroit.Disability;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A person's CDAPH assessment from a month on, until the person's next period.
 *
 * @param person the person's id in the household
 * @param from the first month of the assessment
 * @param disability the assessment, in the contract's format
 */
public record DisabilityPeriod(String person, YearMonth from, Disability disability) {

    public DisabilityPeriod {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(disability, "disability");
    }
}
