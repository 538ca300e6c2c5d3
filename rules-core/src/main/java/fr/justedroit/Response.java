package fr.justedroit;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Every decision made for a request.
 *
 * @param month the benefit month decided
 * @param decisions the decisions, ordered by benefit then beneficiary
 */
public record Response(YearMonth month, List<Decision> decisions) {

    public Response {
        decisions = List.copyOf(decisions);
    }

    /** The decision on {@code benefit} for {@code beneficiary}, if one was made. */
    public Optional<Decision> decision(String benefit, String beneficiary) {
        return decisions.stream()
                .filter(d -> d.benefit().equals(benefit) && d.beneficiary().equals(beneficiary))
                .findFirst();
    }

    /** The decisions on {@code benefit}. */
    public List<Decision> decisions(String benefit) {
        return decisions.stream().filter(d -> d.benefit().equals(benefit)).toList();
    }
}
