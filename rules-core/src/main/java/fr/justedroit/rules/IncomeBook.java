package fr.justedroit.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every monthly income of a request, by person and month: one fact, read by the rules with
 * {@code from} ({@code MonthlyIncome(...) from $book.of($id, $m)}), instead of one fact per person,
 * type and month.
 *
 * <p>Why: a request can carry years of incomes (a caisse sends what it has), while the law reads a
 * few months of them: the reference quarter, the month decided, the months before an application.
 * Each inserted fact costs the engine its propagation through the network whether a rule reads it or
 * not; a fact looked up by the rule that needs it costs nothing for the months no rule reads.
 *
 * <p>Immutable; the lists it returns keep the order of the incomes given (month by month), and are
 * empty, never {@code null}, for a person or month without incomes.
 */
public final class IncomeBook {
    private final Map<String, NavigableMap<YearMonth, List<MonthlyIncome>>> byPerson;

    private IncomeBook(Map<String, NavigableMap<YearMonth, List<MonthlyIncome>>> byPerson) {
        this.byPerson = byPerson;
    }

    /** The book of these incomes (each already added up per person, type and month). */
    public static IncomeBook of(Collection<MonthlyIncome> incomes) {
        Map<String, NavigableMap<YearMonth, List<MonthlyIncome>>> byPerson = new HashMap<>();
        for (MonthlyIncome income : incomes) {
            byPerson.computeIfAbsent(income.personId(), id -> new TreeMap<>())
                    .computeIfAbsent(income.month(), m -> new ArrayList<>(4)).add(income);
        }
        for (NavigableMap<YearMonth, List<MonthlyIncome>> months : byPerson.values()) {
            months.replaceAll((month, list) -> List.copyOf(list));
        }
        return new IncomeBook(byPerson);
    }

    /** What {@code personId} received in {@code month}, one entry per type. */
    public List<MonthlyIncome> of(String personId, YearMonth month) {
        NavigableMap<YearMonth, List<MonthlyIncome>> months = byPerson.get(personId);
        List<MonthlyIncome> incomes = months == null ? null : months.get(month);
        return incomes == null ? List.of() : incomes;
    }

    /** What {@code personId} received from {@code first} to {@code last} included, month by month. */
    public List<MonthlyIncome> between(String personId, YearMonth first, YearMonth last) {
        NavigableMap<YearMonth, List<MonthlyIncome>> months = byPerson.get(personId);
        if (months == null || first.isAfter(last)) {
            return List.of();
        }
        List<MonthlyIncome> incomes = new ArrayList<>();
        for (List<MonthlyIncome> month : months.subMap(first, true, last, true).values()) {
            incomes.addAll(month);
        }
        return incomes;
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "IncomeBook[" + Redacted.NOTE + "]";
    }
}
