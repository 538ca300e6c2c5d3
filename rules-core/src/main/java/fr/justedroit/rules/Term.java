package fr.justedroit.rules;

/**
 * A word or phrase shown in a sentence and translated with it: the rule set's message files give
 * its text under {@code term.<key>}.
 *
 * @param key the term's key, for example {@code couple_with_children}
 */
public record Term(String key) {
}
