package fr.justedroit.catalog.guarantees;

import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.ViolenceAidClaim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An id only names a person: any person renamed (with every reference to the id, the violence-aid
 * victim), and the persons listed in another order, change no decision but for the renamed
 * beneficiary's id: the same status, amount, form, missing inputs, details and reasons (the order
 * of the reasons of two members of the same role follows their ids, see {@link #reasonsInAnyOrder}).
 * Over the generated population of {@link Population}.
 */
class RenamePropertyTest {

    @Test
    void renamingAPersonAndReorderingThePersonsChangesNoDecision() {
        LawPropertiesTest.Failures failures = new LawPropertiesTest.Failures("rename and reorder");
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        List<Response> responses = Population.responses();
        LawPropertiesTest.forEachHousehold(i -> {
            Request base = requests.get(i);
            SplittableRandom random = LawPropertiesTest.random(i, 17);
            List<Person> persons = new ArrayList<>(base.household().persons());
            int k = random.nextInt(persons.size());
            String old = persons.get(k).id();
            // A new id of the contract's character set that appears nowhere in the decisions.
            String renamed = "renamed-" + Long.toHexString(random.nextLong() >>> 16) + "." + i;
            Person p = persons.get(k);
            persons.set(k, p.withId(renamed));
            for (int j = persons.size() - 1; j > 0; j--) {
                Collections.swap(persons, j, random.nextInt(j + 1));
            }
            ViolenceAidClaim claim = base.violenceAid();
            if (claim != null && old.equals(claim.victim())) {
                claim = new ViolenceAidClaim(renamed, claim.proof(), claim.proofDate(), claim.applicationDate(), claim.lastAidDate());
            }
            Request changed = new Request(base.month(), LawPropertiesTest.withPersons(base, persons).household(), claim);
            Response response = engine.decide(changed);
            failures.checked.incrementAndGet();
            Map<String, String> before = new TreeMap<>();
            Population.canonical(responses.get(i), base).forEach((key, value) -> before.put(key, reasonsInAnyOrder(value)));
            Map<String, String> after = new TreeMap<>();
            Population.canonical(response, changed).forEach((key, value) -> after.put(key.replace(renamed, old),
                    reasonsInAnyOrder(value.replace(renamed, old))));
            if (!before.equals(after)) {
                failures.add(Population.show(i, "the decisions change when " + old + " is renamed " + renamed
                        + " and the persons listed as " + persons.stream().map(Person::id).toList() + ":\n"
                        + LawPropertiesTest.difference(before, after), base));
            }
        });
        failures.assertNone();
    }

    /**
     * A decision's canonical text with its reasons sorted. The engine inserts the members in the
     * order of their roles, then of their ids (FactBuilder), so the reasons of two members of the
     * same role (two children's incomes) come in the order of their ids: renaming one may swap them,
     * which changes no figure, no status and no reason.
     */
    static String reasonsInAnyOrder(String canonical) {
        String[] lines = canonical.split("\n");
        java.util.Arrays.sort(lines, 1, lines.length);
        return String.join("\n", lines);
    }
}
