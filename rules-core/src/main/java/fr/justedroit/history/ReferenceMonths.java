package fr.justedroit.history;

import fr.justedroit.Decision;
import fr.justedroit.Reason;
import fr.justedroit.rules.MemberMonthIncome;
import fr.justedroit.rules.MonthAmount;
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

    /** The decision with every month of its reasons' monthly figures moved {@code shift} months earlier. */
    static Decision unshift(Decision d, long shift) {
        if (shift == 0) {
            return d;
        }
        List<Reason> reasons = d.reasons().stream().map(r -> {
            Map<String, Object> args = new LinkedHashMap<>();
            r.args().forEach((k, v) -> args.put(k, unshift(v, shift)));
            return new Reason(r.rule(), r.legalRef(), r.key(), args, r.parameters());
        }).toList();
        return new Decision(d.benefit(), d.beneficiary(), d.status(), d.amount(), d.form(), reasons, d.missingInputs(), d.details());
    }

    private static Object unshift(Object value, long shift) {
        if (value instanceof MonthAmount m) {
            return new MonthAmount(m.month().minusMonths(shift), m.amount());
        }
        if (value instanceof MemberMonthIncome m) {
            return new MemberMonthIncome(m.personId(), m.month().minusMonths(shift), m.professional(), m.other());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> unshift(v, shift)).toList();
        }
        return value;
    }
}
