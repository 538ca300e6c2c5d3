package fr.justedroit.rules;

import fr.justedroit.Activity;
import fr.justedroit.Role;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * A person of the household, as the rules see them for the decision month.
 *
 * @param id the person's id
 * @param role the person's role
 * @param path the person's place in the request, for example {@code household.persons[1]}, used to
 *     name missing inputs
 * @param birthDate date of birth
 * @param age completed years on the last day of the decision month
 * @param activity what the person does, or {@code null}
 * @param pregnant whether the person is pregnant
 * @param disabilityGiven whether a CDAPH assessment was given
 * @param incapacityRate the incapacity rate, or {@code null} when not given
 * @param employmentRestriction the RSDAE, or {@code null} when not given
 * @param aahReceivingSince first day of the current AAH right, or {@code null}
 * @param aahIndividualisedSince month of the definitive switch to the individual AAH, or {@code null}
 */
public record Member(
        String id,
        Role role,
        String path,
        LocalDate birthDate,
        int age,
        Activity activity,
        boolean pregnant,
        boolean disabilityGiven,
        Integer incapacityRate,
        Boolean employmentRestriction,
        LocalDate aahReceivingSince,
        YearMonth aahIndividualisedSince) {

    /** Completed years on {@code date}. */
    public int ageAt(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Whether this person is the applicant or the partner. */
    public boolean adult() {
        return role == Role.APPLICANT || role == Role.PARTNER;
    }

    /** Whether this person is a student or an apprentice ("apprenant"). */
    public boolean learner() {
        return activity == Activity.STUDENT || activity == Activity.APPRENTICE;
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "Member[role=" + role + ", " + Redacted.NOTE + "]";
    }
}
