package fr.justedroit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stay of the person in a hospital, a prison or a maison d'accueil spécialisée, which can reduce the
 * AAH after sixty days (CSS L821-6 and R821-8). Health data: embedders must keep it out of their logs.
 *
 * @param kind the establishment
 * @param since the first day of the stay
 * @param until the last day of the stay, or {@code null} while it goes on
 * @param forfaitJournalier whether the person pays the forfait journalier (CSS L174-4) of a hospital or
 *     a MAS; {@code null} when not known (never given for a prison)
 * @param dependentAscendant whether the person has an ascendant à charge (CSS R821-8 b); {@code null}
 *     read as no
 * @param partnerUnableToWork whether the person's spouse, concubin or PACS partner does not work for a
 *     reason recognised as valid by the CDAPH (CSS R821-8 c); {@code null} read as no
 */
public record InstitutionStay(
        InstitutionKind kind,
        LocalDate since,
        LocalDate until,
        Boolean forfaitJournalier,
        Boolean dependentAscendant,
        Boolean partnerUnableToWork) {

    public InstitutionStay {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }
}
