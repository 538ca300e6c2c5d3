package fr.justedroit.history;

import fr.justedroit.Decision;
import fr.justedroit.Reason;
import fr.justedroit.rules.MemberMonthIncome;
import fr.justedroit.rules.MonthAmount;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the months of a frozen quarter's reasons back where they were: a month liquidated at an earlier
 * examination is decided with the examination's resources moved under its own reference months, and its
 * reasons must name the months those resources were received in.
 */
final class ReferenceMonths {
    private ReferenceMonths() {
    }

    /**
     * The decision with every month of its reasons that falls in the month's reference quarter,
     * {@code first} to {@code last} (a month, or the month of a monthly figure), moved {@code shift} months
     * earlier; the month of the right itself, after the quarter, stays.
     */
    static Decision unshift(Decision d, long shift, YearMonth first, YearMonth last) {
        if (shift == 0) {
            return d;
        }
        Window window = new Window(first, last, shift);
        List<Reason> reasons = d.reasons().stream().map(r -> {
            Map<String, Object> args = new LinkedHashMap<>();
            r.args().forEach((k, v) -> args.put(k, window.unshift(v)));
            return new Reason(r.rule(), r.legalRef(), r.key(), args, r.parameters());
        }).toList();
        return new Decision(d.benefit(), d.beneficiary(), d.status(), d.amount(), d.form(), reasons, d.missingInputs(), d.details());
    }

    /** The reference quarter the incomes were moved into, and by how many months. */
    private record Window(YearMonth first, YearMonth last, long shift) {
        YearMonth back(YearMonth m) {
            return m.isBefore(first) || m.isAfter(last) ? m : m.minusMonths(shift);
        }

        Object unshift(Object value) {
            if (value instanceof YearMonth m) {
                return back(m);
            }
            if (value instanceof MonthAmount m) {
                return new MonthAmount(back(m.month()), m.amount());
            }
            if (value instanceof MemberMonthIncome m) {
                return new MemberMonthIncome(m.personId(), back(m.month()), m.professional(), m.other());
            }
            if (value instanceof List<?> list) {
                return list.stream().map(this::unshift).toList();
            }
            return value;
        }
    }
}
