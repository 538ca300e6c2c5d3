package fr.justedroit.history;

import fr.justedroit.AahHistory;
import fr.justedroit.Disability;
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
 * to it, how it was housed period by period, and the CDAPH assessments period by period.
 *
 * @param household the people, their incomes by month, their disability and AAH history
 * @param members when each person named was in the household; the others belong to it throughout
 * @param housing housing periods by first month; before the first one (or without any) the household's own
 * @param disabilities assessment periods by first month; before a person's first one (or without any) the
 *     person's own {@code disability}
 */
public record Facts(Household household, List<Membership> members, List<HousingPeriod> housing, List<DisabilityPeriod> disabilities) {

    public Facts {
        Objects.requireNonNull(household, "household");
        members = List.copyOf(members);
        housing = housing.stream().sorted(Comparator.comparing(HousingPeriod::from)).toList();
        disabilities = disabilities.stream().sorted(Comparator.comparing(DisabilityPeriod::from)).toList();
    }

    /** Facts without assessment periods. */
    public Facts(Household household, List<Membership> members, List<HousingPeriod> housing) {
        this(household, members, housing, List.of());
    }

    /** The same facts with another household (the periods kept). */
    Facts with(Household other) {
        return new Facts(other, members, housing, disabilities);
    }

    /**
     * The household at the last day of {@code month}: its members then (a child not yet born is not one),
     * housed as they were then, each assessed as then; an AAH whose right opens after the month is not yet
     * received.
     */
    public Household in(YearMonth month) {
        List<Person> present = household.persons().stream()
                .filter(p -> present(p.id(), month) && !p.birthDate().isAfter(month.atEndOfMonth()))
                .map(p -> asIn(p, month)).toList();
        return new Household(present, housingIn(month), household.singleParentSince(), household.rsaSanction());
    }

    /** Whether the person with this id belongs to the household in {@code month}. */
    public boolean present(String person, YearMonth month) {
        return members.stream().filter(m -> m.person().equals(person)).allMatch(m -> m.covers(month));
    }

    private Person asIn(Person p, YearMonth month) {
        Disability disability = p.disability();
        for (DisabilityPeriod period : disabilities) {
            if (period.person().equals(p.id()) && !period.from().isAfter(month)) {
                disability = period.disability();
            }
        }
        boolean aahLater = p.aah() != null && p.aah().receivingSince() != null && p.aah().receivingSince().isAfter(month.atEndOfMonth());
        // An activity that starts after the month has not started yet.
        AahHistory aah = p.aah();
        if (!aahLater && aah != null && aah.activityStartedOn() != null && aah.activityStartedOn().isAfter(month.atEndOfMonth())) {
            aah = new AahHistory(aah.receivingSince(), aah.individualisedSince(), null);
        }
        // A stop of activity after the month is not known yet in that month (as an AAH right opened later).
        boolean stopLater = p.activityStop() != null && p.activityStop().date().isAfter(month.atEndOfMonth());
        // A stay in an institution that begins after the month is not yet one (as an AAH not yet received).
        boolean stayLater = p.institutionStay() != null && p.institutionStay().since().isAfter(month.atEndOfMonth());
        // Nor is an admission to an ESAT after the month.
        boolean esatLater = p.esat() != null && p.esat().since().isAfter(month.atEndOfMonth());
        if (disability == p.disability() && !aahLater && !stopLater && !stayLater && !esatLater && aah == p.aah()) {
            return p;
        }
        return new Person(p.id(), p.role(), p.birthDate(), p.activity(), p.pregnant(), disability, aahLater ? null : aah, p.incomes(),
                stopLater ? null : p.activityStop(), stayLater ? null : p.institutionStay(), p.priorWork(),
                esatLater ? null : p.esat());
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
