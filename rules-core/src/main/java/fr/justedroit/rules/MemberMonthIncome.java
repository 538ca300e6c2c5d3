package fr.justedroit.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One member of a foyer in one reference month, the resources split as the prime d'activité counts
 * them (CSS L842-4, L842-8): professional income (the AAH included when it counts as such) and other
 * resources. Inserted by the rules {@code prime_activite.ressources.membre_mois} and
 * {@code prime_activite.aah.*}.
 *
 * @param personId the member
 * @param month the reference month
 * @param professional revenus professionnels of the month
 * @param other the other resources of the month
 */
public record MemberMonthIncome(String personId, YearMonth month, BigDecimal professional, BigDecimal other) {

    /** The incomes in month order. */
    public static List<MemberMonthIncome> inMonthOrder(Collection<MemberMonthIncome> incomes) {
        List<MemberMonthIncome> sorted = new ArrayList<>(incomes);
        sorted.sort(Comparator.comparing(MemberMonthIncome::month));
        return sorted;
    }

    /** The other resources of every member, added up month by month, in month order. */
    public static List<MonthAmount> otherByMonth(Collection<MemberMonthIncome> incomes) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (MemberMonthIncome i : incomes) {
            byMonth.merge(i.month(), i.other(), BigDecimal::add);
        }
        List<MonthAmount> months = new ArrayList<>();
        byMonth.forEach((m, a) -> months.add(new MonthAmount(m, a)));
        return months;
    }

    /** The professional income of every member, added up. */
    public static BigDecimal professionalTotal(Collection<MemberMonthIncome> incomes) {
        BigDecimal total = BigDecimal.ZERO;
        for (MemberMonthIncome i : incomes) {
            total = total.add(i.professional());
        }
        return total;
    }

    /** The other resources of every member, added up. */
    public static BigDecimal otherTotal(Collection<MemberMonthIncome> incomes) {
        BigDecimal total = BigDecimal.ZERO;
        for (MemberMonthIncome i : incomes) {
            total = total.add(i.other());
        }
        return total;
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "MemberMonthIncome[" + Redacted.NOTE + "]";
    }
}
