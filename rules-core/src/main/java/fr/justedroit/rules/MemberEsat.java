package fr.justedroit.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * A member's work in an ESAT, as the rules see it ({@code persons[].esat}; CSS D821-5 and D821-10).
 *
 * @param personId the member's id
 * @param path the entry's place in the request, for example {@code household.persons[0].esat}
 * @param since the date of admission to the ESAT
 * @param aideAuPoste the aide au poste given, by month (months without it are absent)
 * @param remunerationGarantie the rémunération garantie given, by month (months without it are absent)
 * @param dependentAscendant whether the member has an ascendant à charge ({@code null}: no)
 */
public record MemberEsat(
        String personId,
        String path,
        LocalDate since,
        Map<YearMonth, BigDecimal> aideAuPoste,
        Map<YearMonth, BigDecimal> remunerationGarantie,
        Boolean dependentAscendant) {

    /** The phases of D821-10: a) the year of the admission, b) before a complete reference year, c) after. */
    public enum Phase { ADMISSION, BEFORE_COMPLETE_YEAR, COMPLETE_YEAR }

    public MemberEsat {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(since, "since");
        aideAuPoste = Map.copyOf(aideAuPoste);
        remunerationGarantie = Map.copyOf(remunerationGarantie);
    }

    /** The month of the admission. */
    public YearMonth admissionMonth() {
        return YearMonth.from(since);
    }

    /** The first complete month of the aide au poste: the month of the admission when it is on the 1st, else the next. */
    public YearMonth firstCompleteMonth() {
        return since.getDayOfMonth() == 1 ? admissionMonth() : admissionMonth().plusMonths(1);
    }

    /**
     * The phase of D821-10 for the payment year of {@code month} with the reference year {@code referenceYear}:
     * a) in the calendar year of the admission; c) once the reference year was spent in the ESAT from its
     * first day; b) in between.
     */
    public Phase phase(YearMonth month, int referenceYear) {
        if (since.getYear() == month.getYear()) {
            return Phase.ADMISSION;
        }
        return since.isAfter(LocalDate.of(referenceYear, 1, 1)) ? Phase.BEFORE_COMPLETE_YEAR : Phase.COMPLETE_YEAR;
    }

    /** The aide au poste of {@code month}, or {@code null} when not given. */
    public BigDecimal aideAuPosteOf(YearMonth month) {
        return aideAuPoste.get(month);
    }

    /** The rémunération garantie of {@code month}, or {@code null} when not given. */
    public BigDecimal remunerationGarantieOf(YearMonth month) {
        return remunerationGarantie.get(month);
    }

    /** Whether an ascendant à charge is given. */
    public boolean hasDependentAscendant() {
        return Boolean.TRUE.equals(dependentAscendant);
    }

    /** Whether the member has earned income from the ESAT in {@code month}: a rémunération garantie or an aide au poste above zero. */
    public boolean paidIn(YearMonth month) {
        BigDecimal r = remunerationGarantie.get(month);
        BigDecimal a = aideAuPoste.get(month);
        return r != null && r.signum() > 0 || a != null && a.signum() > 0;
    }

    /** Without the values ({@link Redacted}): work in an ESAT tells a disability; Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "MemberEsat[" + Redacted.NOTE + "]";
    }
}
