package fr.justedroit;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A person's AAH history, which decides the "droit d'option" of people who already received the
 * AAH before 1 October 2023.
 *
 * @param receivingSince first day of the current AAH entitlement, or {@code null}
 * @param individualisedSince month from which the person was switched, for good, to the calculation
 *     without the partner's resources; {@code null} if never
 */
public record AahHistory(LocalDate receivingSince, YearMonth individualisedSince) {
}
