package fr.justedroit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The person's work in an établissement ou service d'aide par le travail (ESAT, CASF L344-2), which
 * changes how the AAH counts the person's earned income (CSS D821-10) and caps the AAH with the
 * rémunération garantie (CSS D821-5). Embedders must keep it out of their logs: it tells a disability.
 *
 * @param since the date of admission to the ESAT (the first day of the aide au poste)
 * @param months the aide au poste and the rémunération garantie (CASF L243-4, R243-5 and R243-6) of
 *     the months the caller gives, one entry per month
 * @param dependentAscendant whether the person has an ascendant à charge (CSS D821-5, L161-1 3°);
 *     {@code null} read as no
 */
public record Esat(LocalDate since, List<MonthAmounts> months, Boolean dependentAscendant) {

    public Esat {
        Objects.requireNonNull(since, "since");
        months = months == null ? List.of() : List.copyOf(months);
    }

    /** The entry of {@code month}, if given. */
    public Optional<MonthAmounts> of(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /**
     * The amounts of one month, in euros.
     *
     * @param month the month
     * @param aideAuPoste the aide au poste due for the month (the State's part of the rémunération
     *     garantie, CASF R243-6), or {@code null} when not given
     * @param remunerationGarantie the whole rémunération garantie of the month (CASF L243-4), or
     *     {@code null} when not given
     */
    public record MonthAmounts(YearMonth month, BigDecimal aideAuPoste, BigDecimal remunerationGarantie) {

        public MonthAmounts {
            Objects.requireNonNull(month, "month");
        }
    }
}
