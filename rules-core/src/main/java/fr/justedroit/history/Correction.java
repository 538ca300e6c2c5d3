package fr.justedroit.history;

import fr.justedroit.Activity;
import fr.justedroit.Disability;
import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One correction of a person's declared facts, dated: incomes that replace the declared ones of the same
 * type and month (or year), and optionally a new CDAPH assessment or activity.
 *
 * @param date the date the correction was made (the latest one dates the check when none is given)
 * @param person the id of the person corrected
 * @param incomes the incomes as established; each replaces the declared entry of its type and month or year
 * @param disability the assessment as established, or {@code null} when not corrected
 * @param activity the activity as established, or {@code null} when not corrected
 */
public record Correction(LocalDate date, String person, List<Income> incomes, Disability disability, Activity activity) {

    public Correction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(person, "person");
        incomes = List.copyOf(incomes);
    }

    /** The facts with this correction applied to its person. */
    Facts applyTo(Facts facts) {
        List<Person> persons = new ArrayList<>();
        for (Person p : facts.household().persons()) {
            persons.add(p.id().equals(person) ? corrected(p) : p);
        }
        Household h = facts.household();
        return facts.with(h.withPersons(persons));
    }

    private Person corrected(Person p) {
        List<Income> kept = new ArrayList<>();
        for (Income declared : p.incomes()) {
            if (incomes.stream().noneMatch(c -> sameEntry(c, declared))) {
                kept.add(declared);
            }
        }
        kept.addAll(incomes);
        return new Person(p.id(), p.role(), p.birthDate(), activity == null ? p.activity() : activity, p.pregnant(),
                disability == null ? p.disability() : disability, p.aah(), kept, p.activityStop(), p.institutionStay(), p.priorWork(),
                p.esat());
    }

    private static boolean sameEntry(Income a, Income b) {
        return a.type() == b.type() && Objects.equals(a.month(), b.month()) && Objects.equals(a.year(), b.year());
    }
}
