package fr.justedroit.history;

import fr.justedroit.Housing;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How the household was housed from a month on, until the next period.
 *
 * @param from the first month of the period
 * @param housing the housing, in the contract's format
 */
public record HousingPeriod(YearMonth from, Housing housing) {

    public HousingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(housing, "housing");
    }
}
