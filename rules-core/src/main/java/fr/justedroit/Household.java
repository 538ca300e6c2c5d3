package fr.justedroit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people who live together and how they are housed.
 *
 * @param persons every member, the applicant first by convention (order never changes a decision)
 * @param housing how the household is housed; {@code null} when unknown
 * @param singleParentSince the date from which the applicant has been alone with a child or a
 *     pregnancy, or {@code null}
 * @param rsaSanction the suspension of the household's RSA decided by the président du conseil
 *     départemental (CASF art. L262-37), or {@code null} when none
 */
public record Household(List<Person> persons, Housing housing, LocalDate singleParentSince, RsaSanction rsaSanction) {

    public Household {
        persons = List.copyOf(Objects.requireNonNull(persons, "persons"));
    }

    /** A household whose RSA is not suspended: the constructor of the contract before {@code rsaSanction}. */
    public Household(List<Person> persons, Housing housing, LocalDate singleParentSince) {
        this(persons, housing, singleParentSince, null);
    }

    /** This household with other members, the rest unchanged. */
    public Household withPersons(List<Person> others) {
        return new Household(others, housing, singleParentSince, rsaSanction);
    }

    /** This household with this suspension of its RSA ({@code null}: none). */
    public Household withRsaSanction(RsaSanction sanction) {
        return new Household(persons, housing, singleParentSince, sanction);
    }

    /** The applicant, if the household has one. */
    public Optional<Person> applicant() {
        return persons.stream().filter(p -> p.role() == Role.APPLICANT).findFirst();
    }

    /** The person with this id, if any. */
    public Optional<Person> person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
