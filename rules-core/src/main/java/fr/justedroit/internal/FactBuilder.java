package fr.justedroit.internal;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.rules.AnnualIncome;
import fr.justedroit.rules.DecisionMonth;
import fr.justedroit.rules.HouseholdSituation;
import fr.justedroit.rules.IncomeBook;
import fr.justedroit.rules.Member;
import fr.justedroit.rules.MonthlyIncome;
import fr.justedroit.rules.PriorWorkHours;
import fr.justedroit.rules.StoppedActivity;
import fr.justedroit.rules.SuspendedRsa;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a valid request into the facts the rules match: the decision month, one {@link Member} per
 * person, incomes added up per person, type and month (or year), and the household situation.
 * It knows the contract, not the law: it classifies nothing and computes no benefit.
 */
final class FactBuilder {

    private FactBuilder() {
    }

    /**
     * The facts of {@code request}, in a deterministic order. The monthly incomes are always in one
     * {@link IncomeBook}; {@code monthlyIncomeFacts} adds each of them as a fact of its own too, for
     * rule sets that match {@link MonthlyIncome} facts directly.
     */
    public static List<Object> facts(Request request, boolean monthlyIncomeFacts) {
        List<Object> facts = new ArrayList<>();
        DecisionMonth month = new DecisionMonth(request.month());
        facts.add(month);
        Household h = request.household();
        facts.add(new HouseholdSituation(
                h.housing() == null ? null : h.housing().status(),
                h.housing() != null && h.housing().housingAid(),
                h.housing() == null ? null : h.housing().housingAidAmount(),
                h.singleParentSince()));
        // Members are inserted by role, then id, whatever their order in the request: rules of equal
        // salience fire in an order that depends on insertion, and the order of persons in a request
        // must not change a decision or the order of its reasons. The path keeps the request's index.
        List<Person> persons = h.persons();
        List<MonthlyIncome> monthly = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> persons.get(i).role()).thenComparing(i -> persons.get(i).id()));
        for (int i : order) {
            Person p = persons.get(i);
            facts.add(member(p, "household.persons[" + i + "]", month));
            if (p.activityStop() != null) {
                facts.add(new StoppedActivity(p.id(), p.activityStop().date(), p.activityStop().replacementIncome(),
                        p.activityStop().unemploymentBenefit()));
            }
            if (p.aah() != null && p.aah().activityStartedOn() != null) {
                facts.add(new fr.justedroit.rules.MemberActivityStart(p.id(), p.aah().activityStartedOn(), p.aah().receivingSince(),
                        p.aah().neutralisedMonths()));
            }
            if (p.institutionStay() != null) {
                facts.add(institutionStay(p, "household.persons[" + i + "].institutionStay"));
            }
            if (p.esat() != null) {
                facts.add(esat(p, "household.persons[" + i + "].esat"));
            }
            if (p.priorWork() != null) {
                facts.add(new PriorWorkHours(p.id(), p.priorWork().hours()));
            }
            addIncomes(p, monthly, monthlyIncomeFacts, facts);
        }
        facts.add(IncomeBook.of(monthly));
        if (h.rsaSanction() != null) {
            facts.add(new SuspendedRsa(h.rsaSanction().suspendedPercentage(), h.rsaSanction().from(), h.rsaSanction().until()));
        }
        if (request.violenceAid() != null) {
            facts.add(request.violenceAid());
        }
        return facts;
    }

    private static Member member(Person p, String path, DecisionMonth month) {
        return new Member(
                p.id(), p.role(), path, p.birthDate(),
                java.time.Period.between(p.birthDate(), month.lastDay()).getYears(),
                p.activity(), p.pregnant(),
                p.disability() != null,
                p.disability() == null ? null : p.disability().incapacityRate(),
                p.disability() == null ? null : p.disability().employmentRestriction(),
                p.aah() == null ? null : p.aah().receivingSince(),
                p.aah() == null ? null : p.aah().individualisedSince());
    }

    private static fr.justedroit.rules.MemberInstitutionStay institutionStay(Person p, String path) {
        fr.justedroit.InstitutionStay s = p.institutionStay();
        return new fr.justedroit.rules.MemberInstitutionStay(p.id(), path, s.kind(), s.since(), s.until(),
                s.forfaitJournalier(), s.dependentAscendant(), s.partnerUnableToWork());
    }

    private static fr.justedroit.rules.MemberEsat esat(Person p, String path) {
        fr.justedroit.Esat e = p.esat();
        Map<YearMonth, BigDecimal> aide = new TreeMap<>();
        Map<YearMonth, BigDecimal> remuneration = new TreeMap<>();
        for (fr.justedroit.Esat.MonthAmounts m : e.months()) {
            if (m.aideAuPoste() != null) {
                aide.put(m.month(), m.aideAuPoste());
            }
            if (m.remunerationGarantie() != null) {
                remuneration.put(m.month(), m.remunerationGarantie());
            }
        }
        return new fr.justedroit.rules.MemberEsat(p.id(), path, e.since(), aide, remuneration, e.dependentAscendant());
    }

    private static void addIncomes(Person p, List<MonthlyIncome> book, boolean monthlyIncomeFacts, List<Object> facts) {
        // By month (or year) and type, whatever the order of the entries in the request: months and
        // years in order, types in the order of IncomeType.
        Map<YearMonth, EnumMap<IncomeType, BigDecimal>> monthly = new TreeMap<>();
        Map<Integer, EnumMap<IncomeType, BigDecimal>> annual = new TreeMap<>();
        for (Income in : p.incomes()) {
            if (in.month() != null) {
                monthly.computeIfAbsent(in.month(), m -> new EnumMap<>(IncomeType.class)).merge(in.type(), in.amount(), BigDecimal::add);
            } else if (in.year() != null) {
                annual.computeIfAbsent(in.year(), y -> new EnumMap<>(IncomeType.class)).merge(in.type(), in.amount(), BigDecimal::add);
            }
        }
        int from = book.size();
        monthly.forEach((month, byType) -> byType.forEach((type, amount) -> book.add(new MonthlyIncome(p.id(), month, type, amount))));
        if (monthlyIncomeFacts) {
            facts.addAll(book.subList(from, book.size()));
        }
        annual.forEach((year, byType) -> byType.forEach((type, amount) -> facts.add(new AnnualIncome(p.id(), year, type, amount))));
    }
}
