package fr.justedroit.history;

import fr.justedroit.JusteDroit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recomputes a household's history on an engine: each month decided under its own law from the facts
 * as established, compared with what was paid, each difference an indu or a rappel, recoverable or
 * prescribed on the date of the check.
 *
 * <pre>{@code
 * HistoryResult result = History.on(engine).recompute(Timelines.fromJson(json));
 * String letter = HistoryStatement.write(result, engine, Language.FR);
 * }</pre>
 *
 * <p>The RSA and the prime d'activité of a month are liquidated at the examination of its quarter
 * (CASF R262-4, R262-7): the resources of that examination's reference quarter and the household as it
 * was then, with the montant forfaitaire and every other parameter of the month itself. The AAH is decided
 * month by month; its droit d'option is carried from one month to the next; the AAH due is a resource of
 * the RSA and the prime d'activité. Thread-safe; the engine never reads the clock.
 */
public final class History {
    private static final List<String> ORDER = List.of(DueRun.RSA, DueRun.PRIME, DueRun.AAH);
    private final JusteDroit engine;

    private History(JusteDroit engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Recomputations on this engine. */
    public static History on(JusteDroit engine) {
        return new History(engine);
    }

    /**
     * Recomputes the timeline.
     *
     * @throws fr.justedroit.InvalidRequestException when a month's facts break the contract or lack an
     *     input a decision needs (the path names the version of the facts: {@code declared.household...})
     */
    public HistoryResult recompute(Timeline timeline) {
        Map<String, DueRun.Due> established = new DueRun(engine, timeline, timeline.establishedFacts(),
                timeline.established() == null ? "declared" : "established").run();
        Map<String, DueRun.Due> declared = timeline.established() == null ? established
                : new DueRun(engine, timeline, timeline.declared(), "declared").run();
        Map<String, LocalDate> correctedOn = correctionDates(timeline, declared, established);
        Set<String> keys = new LinkedHashSet<>(established.keySet());
        keys.addAll(declared.keySet());
        timeline.paid().forEach(p -> keys.add(DueRun.key(p.month(), p.benefit(), p.beneficiary())));
        List<MonthDifference> months = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (String key : keys) {
            String[] parts = key.split("\\|", 3);
            YearMonth month = YearMonth.parse(parts[0]);
            String benefit = parts[1];
            String beneficiary = parts[2];
            DueRun.Due due = established.get(key);
            var given = timeline.payment(month, benefit, beneficiary);
            BigDecimal paid = given.map(p -> p.amount().setScale(2))
                    .orElseGet(() -> declared.containsKey(key) ? declared.get(key).amount() : zero);
            BigDecimal dueAmount = due == null ? zero : due.amount();
            BigDecimal difference = dueAmount.subtract(paid);
            Kind kind = Kind.of(difference);
            LocalDate countedFrom = correctedOn.getOrDefault(key, timeline.checkDate());
            boolean recoverable = kind != Kind.NONE && !Prescription.prescribed(month, kind, timeline.fraud(), countedFrom);
            months.add(new MonthDifference(month, benefit, beneficiary, paid, given.isPresent(), dueAmount, difference,
                    kind, recoverable, countedFrom, due == null ? null : due.examination(), due == null ? null : due.decision()));
        }
        months.sort(Comparator.comparing(MonthDifference::month)
                .thenComparing(m -> ORDER.indexOf(m.benefit()))
                .thenComparing(MonthDifference::beneficiary));
        List<BenefitTotals> totals = ORDER.stream()
                .filter(b -> months.stream().anyMatch(m -> m.benefit().equals(b)))
                .map(b -> BenefitTotals.of(b, months)).toList();
        return new HistoryResult(timeline, months, totals);
    }

    /**
     * For a timeline made of dated corrections, the date of the first correction that changed each month's
     * due amount: the corrections of one date applied together, one after the other, and each state of the
     * facts recomputed. The prescription of that month is counted back from that date.
     */
    private Map<String, LocalDate> correctionDates(Timeline timeline, Map<String, DueRun.Due> declared, Map<String, DueRun.Due> established) {
        Map<String, LocalDate> dates = new java.util.HashMap<>();
        if (timeline.corrections().isEmpty()) {
            return dates;
        }
        Map<LocalDate, List<Correction>> byDate = new java.util.TreeMap<>();
        timeline.corrections().forEach(c -> byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        Facts facts = timeline.declared();
        Map<String, DueRun.Due> before = declared;
        int left = byDate.size();
        for (Map.Entry<LocalDate, List<Correction>> day : byDate.entrySet()) {
            for (Correction c : day.getValue()) {
                facts = c.applyTo(facts);
            }
            Map<String, DueRun.Due> after = --left == 0 ? established : new DueRun(engine, timeline, facts, "corrections").run();
            Set<String> keys = new LinkedHashSet<>(after.keySet());
            keys.addAll(before.keySet());
            for (String key : keys) {
                if (!dates.containsKey(key) && amount(before.get(key)).compareTo(amount(after.get(key))) != 0) {
                    dates.put(key, day.getKey());
                }
            }
            before = after;
        }
        return dates;
    }

    private static BigDecimal amount(DueRun.Due due) {
        return due == null ? BigDecimal.ZERO : due.amount();
    }
}
