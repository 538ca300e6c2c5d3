package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one person received in one month of the reference quarter, by nature (inserted by
 * {@code commun.ressources.personne_mois}); each benefit then takes the members of its foyer and
 * treats the natures as its law says. Every monthly income type of the contract falls in exactly one
 * field, so {@link #total} is everything the person received that month.
 *
 * @param personId the person
 * @param month the month
 * @param rank 1 for the oldest month of the quarter, 3 for the most recent
 * @param salary {@code net_social_salary}: the payslips' montant net social (the declared net salary before 2024)
 * @param selfEmployment {@code self_employment}, and the turnovers of a micro-entrepreneur ({@code micro_*_turnover})
 *        less their tax abattement ({@link MicroEntrepriseAbattements}), and the monthly share of the annual profits
 *        of the self-employed ({@code real_regime_annual_profit}, {@code agricultural_annual_profit}: {@link AnnualProfit})
 * @param aah {@code aah} (professional income of the prime d'activité in some cases)
 * @param dailyAllowances {@code maternity_benefit} and {@code sickness_benefit_first_three_months}: the daily
 *        allowances that are revenus professionnels (CSS R844-1, CASF R262-8 5° and 6°)
 * @param other every other monthly type: unemployment, sickness beyond three months, pension, alimony,
 *        family benefits, other
 * @param earned salary + self-employment + those daily allowances: the revenus professionnels before the AAH rule
 * @param total everything received that month
 * @param unemployment {@code unemployment_benefit}: the part of {@code other} that is an unemployment benefit
 *        (« les allocations aux travailleurs privés d'emploi » of CASF R262-13)
 */
public record PersonMonthResources(String personId, YearMonth month, int rank, BigDecimal salary,
        BigDecimal selfEmployment, BigDecimal aah, BigDecimal dailyAllowances, BigDecimal other, BigDecimal earned,
        BigDecimal total, BigDecimal unemployment) {

    /** Resources without the unemployment part told apart (the record before {@code unemployment}): none. */
    public PersonMonthResources(String personId, YearMonth month, int rank, BigDecimal salary,
            BigDecimal selfEmployment, BigDecimal aah, BigDecimal dailyAllowances, BigDecimal other, BigDecimal earned,
            BigDecimal total) {
        this(personId, month, rank, salary, selfEmployment, aah, dailyAllowances, other, earned, total, BigDecimal.ZERO);
    }

    /**
     * The resources of {@code personId} in {@code month}, from the person's incomes of that month; a
     * micro-entrepreneur's turnover counts in full ({@link MicroEntrepriseAbattements#NONE}).
     */
    public static PersonMonthResources of(String personId, YearMonth month, int rank, Collection<MonthlyIncome> incomes) {
        return of(personId, month, rank, incomes, MicroEntrepriseAbattements.NONE);
    }

    /**
     * The resources of {@code personId} in {@code month}, from the person's incomes of that month, a
     * micro-entrepreneur's turnover counted less its tax abattement.
     */
    public static PersonMonthResources of(String personId, YearMonth month, int rank, Collection<MonthlyIncome> incomes,
            MicroEntrepriseAbattements abattements) {
        return of(personId, month, rank, incomes, abattements, BigDecimal.ZERO);
    }

    /**
     * The resources of {@code personId} in {@code month}, from the person's incomes of that month, a
     * micro-entrepreneur's turnover counted less its tax abattement, plus {@code annualProfits}, the month's share of
     * the person's annual profits ({@link AnnualProfit#monthlyTotal}), as self-employment income.
     */
    public static PersonMonthResources of(String personId, YearMonth month, int rank, Collection<MonthlyIncome> incomes,
            MicroEntrepriseAbattements abattements, BigDecimal annualProfits) {
        BigDecimal salary = BigDecimal.ZERO;
        BigDecimal selfEmployment = annualProfits;
        BigDecimal aah = BigDecimal.ZERO;
        BigDecimal dailyAllowances = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        BigDecimal unemployment = BigDecimal.ZERO;
        for (MonthlyIncome in : incomes) {
            if (in.type() == IncomeType.UNEMPLOYMENT_BENEFIT) {
                unemployment = unemployment.add(in.amount());
            }
            if (in.type() == IncomeType.NET_SOCIAL_SALARY) {
                salary = salary.add(in.amount());
            } else if (in.type() == IncomeType.SELF_EMPLOYMENT) {
                selfEmployment = selfEmployment.add(in.amount());
            } else if (MicroEntrepriseAbattements.turnover(in.type())) {
                selfEmployment = selfEmployment.add(abattements.profit(in.type(), in.amount()));
            } else if (in.type() == IncomeType.AAH) {
                aah = aah.add(in.amount());
            } else if (in.type() == IncomeType.MATERNITY_BENEFIT
                    || in.type() == IncomeType.SICKNESS_BENEFIT_FIRST_THREE_MONTHS) {
                dailyAllowances = dailyAllowances.add(in.amount());
            } else {
                other = other.add(in.amount());
            }
        }
        BigDecimal earned = salary.add(selfEmployment).add(dailyAllowances);
        return new PersonMonthResources(personId, month, rank, salary, selfEmployment, aah, dailyAllowances, other,
                earned, earned.add(aah).add(other), unemployment);
    }

    /** The earned income of each month, in month order (one person's resources). */
    public static List<MonthAmount> earnedByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::earned);
    }

    /** The salary of each month, in month order (one person's resources). */
    public static List<MonthAmount> salaryByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::salary);
    }

    /** The self-employment income of each month, in month order (one person's resources). */
    public static List<MonthAmount> selfEmploymentByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::selfEmployment);
    }

    /** The AAH received in each month, in month order (one person's resources: the {@code aah} incomes declared). */
    public static List<MonthAmount> aahByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::aah);
    }

    /** The unemployment benefit received in each month, in month order (one person's resources). */
    public static List<MonthAmount> unemploymentByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::unemployment);
    }

    /** The daily allowances counted as revenus professionnels, in month order (one person's resources). */
    public static List<MonthAmount> dailyAllowancesByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::dailyAllowances);
    }

    /** The totals of several persons, added up month by month, in month order (each month present once). */
    public static List<MonthAmount> totalsByMonth(Collection<PersonMonthResources> resources) {
        return byMonth(resources, PersonMonthResources::total);
    }

    /** One field of the resources, added up month by month, in month order. */
    private static List<MonthAmount> byMonth(Collection<PersonMonthResources> resources,
            Function<PersonMonthResources, BigDecimal> field) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (PersonMonthResources r : resources) {
            byMonth.merge(r.month(), field.apply(r), BigDecimal::add);
        }
        List<MonthAmount> months = new ArrayList<>();
        byMonth.forEach((m, a) -> months.add(new MonthAmount(m, a)));
        return months;
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "PersonMonthResources[rank=" + rank + ", " + Redacted.NOTE + "]";
    }
}
