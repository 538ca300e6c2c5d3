package fr.justedroit.history;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When a person belonged to the household: from the first month to the last, both included. A person
 * without a membership belongs to the household over the whole span.
 *
 * @param person the person's id in the timeline's household
 * @param from the first month the person is in the household at its last day, or {@code null} for since always
 * @param to the last month the person is in the household at its last day, or {@code null} for still there
 */
public record Membership(String person, YearMonth from, YearMonth to) {

    public Membership {
        Objects.requireNonNull(person, "person");
    }

    /** Whether the person is in the household in {@code month}. */
    public boolean covers(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }
}
