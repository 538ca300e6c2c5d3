package fr.justedroit.catalog.rsa;

import fr.justedroit.rules.MonthAmount;
import fr.justedroit.rules.PersonMonthResources;
import fr.justedroit.rules.StoppedActivity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The resources of the RSA's reference quarter once the neutralisation of CASF R262-13 is applied: the
 * revenus professionnels ({@link PersonMonthResources#earned}) of a member whose activity stopped without a
 * replacement income are not counted, in any month of the quarter; the member's other resources are. When
 * what stops is the member's unemployment benefit (a resource « en tenant lieu », {@code
 * ActivityStop.unemploymentBenefit}), that benefit ({@link PersonMonthResources#unemployment}) is left out
 * instead.
 */
public final class RsaNeutralisation {

    private RsaNeutralisation() {
    }

    /** The ids of the persons of these stops whose stop is (or is not) the end of an unemployment benefit. */
    public static Set<String> persons(Collection<?> stops, boolean unemploymentBenefit) {
        Set<String> ids = new HashSet<>();
        for (Object stop : stops) {
            StoppedActivity s = (StoppedActivity) stop;
            if (s.unemploymentBenefit() == unemploymentBenefit) {
                ids.add(s.personId());
            }
        }
        return ids;
    }

    /**
     * The resources counted each month, in month order: every member's total, less the revenus
     * professionnels of the members in {@code earnedLeftOut} and the unemployment benefit of the members in
     * {@code unemploymentLeftOut}.
     */
    public static List<MonthAmount> countedByMonth(Collection<?> resources, Set<String> earnedLeftOut,
            Set<String> unemploymentLeftOut) {
        Map<java.time.YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (Object o : resources) {
            PersonMonthResources r = (PersonMonthResources) o;
            BigDecimal counted = r.total();
            if (earnedLeftOut.contains(r.personId())) {
                counted = counted.subtract(r.earned());
            }
            if (unemploymentLeftOut.contains(r.personId())) {
                counted = counted.subtract(r.unemployment());
            }
            byMonth.merge(r.month(), counted, BigDecimal::add);
        }
        List<MonthAmount> months = new ArrayList<>();
        byMonth.forEach((m, a) -> months.add(new MonthAmount(m, a)));
        return months;
    }

    /** The unemployment benefit of one person, month by month, in month order (what is not counted). */
    public static List<MonthAmount> unemploymentByMonth(Collection<?> resources) {
        return PersonMonthResources.unemploymentByMonth(typed(resources));
    }

    /** The revenus professionnels of one person, month by month, in month order (what is not counted). */
    public static List<MonthAmount> earnedByMonth(Collection<?> resources) {
        return PersonMonthResources.earnedByMonth(typed(resources));
    }

    /** An accumulate's list of {@link PersonMonthResources}, typed. */
    private static List<PersonMonthResources> typed(Collection<?> resources) {
        List<PersonMonthResources> typed = new ArrayList<>(resources.size());
        for (Object o : resources) {
            typed.add((PersonMonthResources) o);
        }
        return typed;
    }
}
