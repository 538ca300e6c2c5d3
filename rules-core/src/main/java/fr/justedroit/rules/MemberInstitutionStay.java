package fr.justedroit.rules;

import fr.justedroit.InstitutionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A member's stay in a hospital, a prison or a maison d'accueil spécialisée, as the rules see it
 * ({@code persons[].institutionStay}; CSS R821-8).
 *
 * @param personId the member's id
 * @param path the stay's place in the request, for example {@code household.persons[0].institutionStay}
 * @param kind the establishment
 * @param since the first day of the stay
 * @param until the last day of the stay, or {@code null} while it goes on
 * @param forfaitJournalier whether the forfait journalier is paid; {@code null} when not given
 * @param dependentAscendant whether the member has an ascendant à charge ({@code null}: no)
 * @param partnerUnableToWork whether the partner does not work for a reason the CDAPH recognises ({@code null}: no)
 */
public record MemberInstitutionStay(
        String personId,
        String path,
        InstitutionKind kind,
        LocalDate since,
        LocalDate until,
        Boolean forfaitJournalier,
        Boolean dependentAscendant,
        Boolean partnerUnableToWork) {

    public MemberInstitutionStay {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }

    /**
     * The day on which {@code days} full days ("jours révolus") have been spent in the establishment,
     * counting the first day of the stay as the first.
     */
    public LocalDate dayCompleting(int days) {
        return since.plusDays(days - 1L);
    }

    /** Whether the stay covers the whole of {@code month} (it goes on, or ends on its last day or later). */
    public boolean coversWholeMonth(YearMonth month) {
        return !since.isAfter(month.atDay(1)) && (until == null || !until.isBefore(month.atEndOfMonth()));
    }

    /** Whether the forfait journalier is given as paid. */
    public boolean paysForfaitJournalier() {
        return Boolean.TRUE.equals(forfaitJournalier);
    }

    /** Whether an ascendant à charge is given. */
    public boolean hasDependentAscendant() {
        return Boolean.TRUE.equals(dependentAscendant);
    }

    /** Whether the partner is given as unable to work for a reason the CDAPH recognises. */
    public boolean partnerCannotWork() {
        return Boolean.TRUE.equals(partnerUnableToWork);
    }

    /** Without the values ({@link Redacted}): a stay in hospital is health data; Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "MemberInstitutionStay[kind=" + kind + ", " + Redacted.NOTE + "]";
    }
}
