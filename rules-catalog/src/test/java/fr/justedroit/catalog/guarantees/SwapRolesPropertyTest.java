package fr.justedroit.catalog.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Activity;
import fr.justedroit.ActivityStop;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The role {@code applicant} is a label of the file, not a legal fact: in a couple either member can be
 * the allocataire (CASF L262-4 and L262-5 for the RSA; the other benefits decide per person or for the
 * household). Swapping the roles of the applicant and the partner changes no decision of any benefit:
 * the same status, amount, form, missing inputs, details and reasons.
 *
 * <p>Over the couples of the generated population of {@link Population} (seeded, fixed), each first
 * varied by a random source seeded with the household's number so that the cases where the two members
 * differ are frequent: half the time the applicant is made 18 to 24 years old (when they have no AAH
 * history), a third of the time one member becomes a student, and a quarter of the time one member's
 * activity stopped during the reference months, with or without a replacement income (CASF R262-13). A failure prints the seed, the
 * household's number, the varied household and its swapped form as the contract's JSON, and the
 * decisions that differ.
 */
class SwapRolesPropertyTest {

    @Test
    void swappingApplicantAndPartnerChangesNoDecision() {
        LawPropertiesTest.Failures failures = new LawPropertiesTest.Failures("swap applicant and partner");
        AtomicInteger couples = new AtomicInteger();
        AtomicInteger young = new AtomicInteger();
        AtomicInteger students = new AtomicInteger();
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        Population.responses();
        LawPropertiesTest.forEachHousehold(i -> {
            failures.checked.incrementAndGet();
            Request base = requests.get(i);
            if (base.household().persons().stream().noneMatch(p -> p.role() == Role.PARTNER)) {
                return;
            }
            couples.incrementAndGet();
            SplittableRandom random = LawPropertiesTest.random(i, 23);
            Request varied = varied(base, random, young, students);
            Response before;
            try {
                // An unvaried couple was decided with the population.
                before = varied.equals(base) ? Population.responses().get(i) : engine.decide(varied);
            } catch (InvalidRequestException e) {
                // A variation the contract refuses (it cannot happen): the household as generated instead.
                varied = base;
                before = engine.decide(base);
            }
            Request swapped = swapped(varied);
            Response after = engine.decide(swapped);
            Map<String, String> b = new TreeMap<>();
            Population.canonical(before, varied).forEach((key, value) -> b.put(key, RenamePropertyTest.reasonsInAnyOrder(value)));
            Map<String, String> a = new TreeMap<>();
            Population.canonical(after, swapped).forEach((key, value) -> a.put(key, RenamePropertyTest.reasonsInAnyOrder(value)));
            if (!b.equals(a)) {
                failures.add(Population.show(i, "the decisions change when the applicant and the partner swap roles:\n"
                        + LawPropertiesTest.difference(b, a), varied) + "\nswapped:\n" + Requests.toJson(swapped));
            }
        });
        failures.assertNone();
        System.out.printf("swap roles: %d couples, %d with a young applicant, %d with a student member%n",
                couples.get(), young.get(), students.get());
        // The population has couples, and the variations reach the cases the RSA's conditions decide.
        assertThat(couples.get()).as("couples compared").isGreaterThanOrEqualTo(Population.SIZE / 5);
        assertThat(young.get()).as("couples with an applicant under 25").isGreaterThanOrEqualTo(Population.SIZE / 20);
        assertThat(students.get()).as("couples with a student member").isGreaterThanOrEqualTo(Population.SIZE / 30);
    }

    /** The couple with, at random, a younger applicant and a student member. */
    static Request varied(Request r, SplittableRandom random, AtomicInteger young, AtomicInteger students) {
        List<Person> persons = new ArrayList<>(r.household().persons());
        boolean makeYoung = random.nextInt(2) == 0;
        int student = random.nextInt(3) == 0 ? random.nextInt(2) : -1;
        int adult = 0;
        for (int k = 0; k < persons.size(); k++) {
            Person p = persons.get(k);
            if (p.role() != Role.APPLICANT && p.role() != Role.PARTNER) {
                continue;
            }
            LocalDate birth = p.birthDate();
            if (makeYoung && p.role() == Role.APPLICANT && p.aah() == null) {
                birth = r.month().atEndOfMonth().minusYears(18 + random.nextInt(7)).minusDays(random.nextInt(300));
                young.incrementAndGet();
            }
            Activity activity = p.activity();
            if (adult == student) {
                activity = Activity.STUDENT;
                students.incrementAndGet();
            }
            persons.set(k, p.withBirthDate(birth).withActivity(activity));
            adult++;
        }
        // Drawn after the variations above, so that they stay the same draws.
        int stopped = random.nextInt(4) == 0 ? random.nextInt(2) : -1;
        adult = 0;
        for (int k = 0; k < persons.size(); k++) {
            Person p = persons.get(k);
            if (p.role() != Role.APPLICANT && p.role() != Role.PARTNER) {
                continue;
            }
            if (adult++ == stopped) {
                LocalDate date = r.month().atDay(1).minusMonths(1 + random.nextInt(4)).plusDays(random.nextInt(28));
                if (!date.isBefore(p.birthDate())) {
                    persons.set(k, p.withActivityStop(new ActivityStop(date, random.nextBoolean())));
                }
            }
        }
        return LawPropertiesTest.withPersons(r, persons);
    }

    /** The same household with the roles of the applicant and the partner exchanged, everything else kept. */
    static Request swapped(Request r) {
        List<Person> persons = new ArrayList<>();
        for (Person p : r.household().persons()) {
            Role role = p.role() == Role.APPLICANT ? Role.PARTNER : p.role() == Role.PARTNER ? Role.APPLICANT : p.role();
            persons.add(p.withRole(role));
        }
        return LawPropertiesTest.withPersons(r, persons);
    }
}
