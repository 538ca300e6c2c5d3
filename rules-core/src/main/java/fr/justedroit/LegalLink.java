package fr.justedroit;

/**
 * Where a reader finds a legal text a rule cites: the article (or decree, law) with its Légifrance
 * identifier and address.
 *
 * @param ref the article as the rule cites it, normalised: {@code CASF art. L262-2}, {@code Décret n° 2022-1694}
 * @param title the text's name for people: {@code Code de l'action sociale et des familles, article L262-2}
 * @param id the Légifrance identifier ({@code LEGIARTI…} for an article, {@code JORFTEXT…} for a text
 *     as published, {@code LEGITEXT…} for a whole code when the article's own id is not known), or {@code null}
 * @param url the Légifrance address of {@code id}, or {@code null} when no id is known
 */
public record LegalLink(String ref, String title, String id, String url) {
}
