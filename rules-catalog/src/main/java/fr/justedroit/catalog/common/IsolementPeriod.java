package fr.justedroit.catalog.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The last month of the majoration pour isolement (CASF L262-9 and R262-2 for the RSA, CSS L842-7 and
 * D843-1 for the prime d'activité), as the rules {@code commun.isolement.*} read it: twelve months from the
 * isolation, prolonged until the youngest child reaches three. A month of the right is in the majoration
 * when the youngest child is under three on its first day, or when it is before the isolation's month
 * plus the duration.
 */
public final class IsolementPeriod {

    private IsolementPeriod() {
    }

    /** The last of the {@code months} months that start with the month of {@code since}. */
    public static YearMonth afterIsolation(LocalDate since, int months) {
        return YearMonth.from(since).plusMonths(months - 1L);
    }

    /**
     * The last month whose first day the youngest of the children born on {@code births} is still under
     * {@code age}: the month of that birthday, or the month before when the birthday is the first of a month.
     */
    public static YearMonth untilAge(List<?> births, int age) {
        // A list of LocalDate, as a DRL accumulate collects it (untyped).
        LocalDate youngest = null;
        for (Object birth : births) {
            LocalDate b = (LocalDate) birth;
            youngest = youngest == null || b.isAfter(youngest) ? b : youngest;
        }
        if (youngest == null) {
            throw new IllegalArgumentException("no child");
        }
        LocalDate birthday = youngest.plusYears(age);
        YearMonth month = YearMonth.from(birthday);
        return birthday.getDayOfMonth() == 1 ? month.minusMonths(1) : month;
    }

    /** The later of two months. */
    public static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
