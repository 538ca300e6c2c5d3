package fr.justedroit.history;

import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.Person;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One version of a household's facts over the span: the household in the contract's format (every
 * person who belongs to it at some month, with all their monthly incomes), when each person belonged
 * to it, and how it was housed period by period.
 *
 * @param household the people, their incomes by month, their disability and AAH history
 * @param members when each person named was in the household; the others belong to it throughout
 * @param housing housing periods by first month; before the first one (or without any) the household's own
 */
public record Facts(Household household, List<Membership> members, List<HousingPeriod> housing) {

    public Facts {
        Objects.requireNonNull(household, "household");
        members = List.copyOf(members);
        housing = housing.stream().sorted(Comparator.comparing(HousingPeriod::from)).toList();
    }

    /** The household at the last day of {@code month}: its members then, housed as they were then. */
    public Household in(YearMonth month) {
        List<Person> present = household.persons().stream().filter(p -> present(p.id(), month)).toList();
        return new Household(present, housingIn(month), household.singleParentSince());
    }

    /** Whether the person with this id belongs to the household in {@code month}. */
    public boolean present(String person, YearMonth month) {
        return members.stream().filter(m -> m.person().equals(person)).allMatch(m -> m.covers(month));
    }

    private Housing housingIn(YearMonth month) {
        Housing current = household.housing();
        for (HousingPeriod period : housing) {
            if (!period.from().isAfter(month)) {
                current = period.housing();
            }
        }
        return current;
    }
}
