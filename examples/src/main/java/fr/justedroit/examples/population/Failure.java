package fr.justedroit.examples.population;

/**
 * A household that could not be decided.
 *
 * @param index its index in the seeded population: {@code new HouseholdGenerator(seed).household(index, month)}
 *     regenerates it
 * @param message why (the library's message, which names the field or the rule)
 */
public record Failure(long index, String message) {
}
