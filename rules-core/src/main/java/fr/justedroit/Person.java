package fr.justedroit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A member of the household.
 *
 * @param id an identifier unique within the household, used as the beneficiary of personal decisions
 * @param role the person's place in the household
 * @param birthDate date of birth
 * @param activity what the person does, or {@code null} when not given
 * @param pregnant whether the person is pregnant
 * @param disability the CDAPH assessment, or {@code null} when none is known
 * @param aah the person's AAH history, or {@code null} when the person never received it
 * @param incomes incomes per type and month (or year for annual types)
 * @param activityStop the stop of the person's professional activity, or {@code null} when none is known
 *     (CASF art. R262-13: the RSA's neutralisation of the income of a stopped activity)
 * @param institutionStay a stay in a hospital, a prison or a MAS (CSS R821-8), or {@code null}
 * @param priorWork the hours the person worked before the RSA application, or {@code null} when not
 *     given (CASF art. L262-7-1: the RSA « jeune actif » of a person from 18 to 24)
 * @param esat the person's work in an ESAT (CSS D821-5 and D821-10), or {@code null} when none is given
 */
public record Person(
        String id,
        Role role,
        LocalDate birthDate,
        Activity activity,
        boolean pregnant,
        Disability disability,
        AahHistory aah,
        List<Income> incomes,
        ActivityStop activityStop,
        InstitutionStay institutionStay,
        PriorWork priorWork,
        Esat esat) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(birthDate, "birthDate");
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
    }

    /** The constructor of the contract before {@code esat}: a person without work in an ESAT given. */
    public Person(String id, Role role, LocalDate birthDate, Activity activity, boolean pregnant,
            Disability disability, AahHistory aah, List<Income> incomes, ActivityStop activityStop,
            InstitutionStay institutionStay, PriorWork priorWork) {
        this(id, role, birthDate, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, null);
    }

    /**
     * The constructor of the contract before {@code activityStop}, {@code institutionStay} and
     * {@code priorWork}: a person without a stop of activity, a stay in an institution or prior work given.
     */
    public Person(String id, Role role, LocalDate birthDate, Activity activity, boolean pregnant,
            Disability disability, AahHistory aah, List<Income> incomes) {
        this(id, role, birthDate, activity, pregnant, disability, aah, incomes, null, null, null, null);
    }

    /** A person with no activity, disability, AAH history or income given. */
    public static Person of(String id, Role role, LocalDate birthDate) {
        return new Person(id, role, birthDate, null, false, null, null, List.of(), null, null, null, null);
    }

    /** This person under another id, everything else kept. */
    public Person withId(String other) {
        return new Person(other, role, birthDate, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person in another role, everything else kept. */
    public Person withRole(Role other) {
        return new Person(id, other, birthDate, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person born on another day, everything else kept. */
    public Person withBirthDate(LocalDate other) {
        return new Person(id, role, other, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person with another activity ({@code null}: not given). */
    public Person withActivity(Activity other) {
        return new Person(id, role, birthDate, other, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person with another CDAPH assessment ({@code null}: none known). */
    public Person withDisability(Disability other) {
        return new Person(id, role, birthDate, activity, pregnant, other, aah, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person with another AAH history ({@code null}: never received). */
    public Person withAah(AahHistory other) {
        return new Person(id, role, birthDate, activity, pregnant, disability, other, incomes, activityStop, institutionStay, priorWork, esat);
    }

    /** This person with another stay in an institution ({@code null}: none). */
    public Person withInstitutionStay(InstitutionStay stay) {
        return new Person(id, role, birthDate, activity, pregnant, disability, aah, incomes, activityStop, stay, priorWork, esat);
    }

    /** This person with other incomes. */
    public Person withIncomes(List<Income> other) {
        return new Person(id, role, birthDate, activity, pregnant, disability, aah, other, activityStop, institutionStay, priorWork, esat);
    }

    /** This person with this stop of activity ({@code null}: none). */
    public Person withActivityStop(ActivityStop stop) {
        return new Person(id, role, birthDate, activity, pregnant, disability, aah, incomes, stop, institutionStay, priorWork, esat);
    }

    /** This person with this prior work ({@code null}: none given). */
    public Person withPriorWork(PriorWork work) {
        return new Person(id, role, birthDate, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, work, esat);
    }

    /** This person with this work in an ESAT ({@code null}: none given). */
    public Person withEsat(Esat work) {
        return new Person(id, role, birthDate, activity, pregnant, disability, aah, incomes, activityStop, institutionStay, priorWork, work);
    }
}
