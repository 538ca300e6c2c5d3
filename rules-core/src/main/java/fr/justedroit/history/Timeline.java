package fr.justedroit.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A household over a span of months, to recompute: its facts as declared and, after a check or a
 * correction, as established; the months its rights to the RSA and the prime d'activité were examined;
 * what was paid; and the date and nature of the check.
 *
 * @param from the first month recomputed
 * @param to the last month recomputed
 * @param examinations the months of a (re)examination of the RSA and the prime d'activité (the quarterly
 *     declarations, CASF R262-4); the first month of the span is one whether listed or not; when none is
 *     listed, every third month from the first
 * @param checkDate the date of the check or correction: the prescription is counted back from it
 * @param fraud whether a fraud or a false declaration was established (the longer prescription of indus)
 * @param declared the facts as the household declared them
 * @param established the facts as established by the check, or {@code null} when they are the declared ones
 * @param paid what was paid, month by month; a month, benefit and beneficiary not listed was paid what the
 *     declared facts give
 * @param corrections the dated corrections the established facts were made of (empty when they were given
 *     whole): a month's prescription is counted back from the first correction that changed it
 */
public record Timeline(
        YearMonth from,
        YearMonth to,
        List<YearMonth> examinations,
        LocalDate checkDate,
        boolean fraud,
        Facts declared,
        Facts established,
        List<Payment> paid,
        List<Correction> corrections) {

    public Timeline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(checkDate, "checkDate");
        Objects.requireNonNull(declared, "declared");
        examinations = examinations.stream().distinct().sorted().toList();
        paid = List.copyOf(paid);
        corrections = corrections.stream().sorted(java.util.Comparator.comparing(Correction::date)).toList();
    }

    /** A timeline whose established facts are given whole (or are the declared ones). */
    public Timeline(YearMonth from, YearMonth to, List<YearMonth> examinations, LocalDate checkDate, boolean fraud,
            Facts declared, Facts established, List<Payment> paid) {
        this(from, to, examinations, checkDate, fraud, declared, established, paid, List.of());
    }

    /** The facts as established, or as declared when the check changed nothing. */
    public Facts establishedFacts() {
        return established == null ? declared : established;
    }

    /** Every month of the span, in order. */
    public List<YearMonth> months() {
        return Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
    }

    /** The amount paid for a month, benefit and beneficiary, if the timeline gives it. */
    public Optional<Payment> payment(YearMonth month, String benefit, String beneficiary) {
        return paid.stream().filter(p -> p.month().equals(month) && p.benefit().equals(benefit)
                && p.beneficiary().equals(beneficiary)).findFirst();
    }
}
