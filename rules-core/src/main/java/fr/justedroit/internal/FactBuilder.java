package fr.justedroit.internal;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.rules.AnnualIncome;
import fr.justedroit.rules.DecisionMonth;
import fr.justedroit.rules.HouseholdSituation;
import fr.justedroit.rules.Member;
import fr.justedroit.rules.MonthlyIncome;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a valid request into the facts the rules match: the decision month, one {@link Member} per
 * person, incomes added up per person, type and month (or year), and the household situation.
 * It knows the contract, not the law: it classifies nothing and computes no benefit.
 */
public final class FactBuilder {

    private FactBuilder() {
    }

    /** The facts of {@code request}, in a deterministic order. */
    public static List<Object> facts(Request request) {
        List<Object> facts = new ArrayList<>();
        DecisionMonth month = new DecisionMonth(request.month());
        facts.add(month);
        Household h = request.household();
        facts.add(new HouseholdSituation(
                h.housing() == null ? null : h.housing().status(),
                h.housing() != null && h.housing().housingAid(),
                h.housing() == null ? null : h.housing().housingAidAmount(),
                h.singleParentSince()));
        List<Person> persons = h.persons();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            facts.add(member(p, "household.persons[" + i + "]", month));
            addIncomes(p, facts);
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

    private record MonthKey(YearMonth month, IncomeType type) {
    }

    private record YearKey(int year, IncomeType type) {
    }

    private static void addIncomes(Person p, List<Object> facts) {
        Map<MonthKey, BigDecimal> monthly = new LinkedHashMap<>();
        Map<YearKey, BigDecimal> annual = new LinkedHashMap<>();
        for (Income in : p.incomes()) {
            if (in.month() != null) {
                monthly.merge(new MonthKey(in.month(), in.type()), in.amount(), BigDecimal::add);
            } else if (in.year() != null) {
                annual.merge(new YearKey(in.year(), in.type()), in.amount(), BigDecimal::add);
            }
        }
        monthly.forEach((k, amount) -> facts.add(new MonthlyIncome(p.id(), k.month(), k.type(), amount)));
        annual.forEach((k, amount) -> facts.add(new AnnualIncome(p.id(), k.year(), k.type(), amount)));
    }
}
