package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual profit of a self-employed person that the RSA and the prime d'activité count in a right examined in
 * a given year, and its monthly share.
 *
 * <p>The texts: for the bénéfices industriels et commerciaux and non commerciaux of a real regime, those « de la
 * pénultième année, ou ceux de la dernière année s'ils sont connus, pourvu qu'ils correspondent à une année
 * complète d'activité » (CASF R262-19 1st paragraph), for the bénéfices agricoles those « de l'avant-dernière
 * année précédant celle au cours de laquelle le droit à l'allocation est examiné ou révisé, ou ceux de la dernière
 * année s'ils sont connus » (CASF R262-18); the prime d'activité says the same for both (CSS R845-1 and R845-2) and
 * counts « le douzième des revenus annuels ». So, for a right examined in year N: the profit of year N-1 when the
 * request gives it (given means known and of a complete year: the caller says so by giving it), otherwise that of
 * year N-2; a deficit counts as nothing (R262-21: « il est fait abstraction des déficits catégoriels »; the
 * contract's amounts are never negative, a deficit is given as 0). The monthly share is the twelfth, rounded to
 * the cent, half up: the same amount in each of the three months of the reference quarter.
 *
 * @param personId the person
 * @param type {@link IncomeType#REAL_REGIME_ANNUAL_PROFIT} or {@link IncomeType#AGRICULTURAL_ANNUAL_PROFIT}
 * @param year the calendar year of the profit counted (N-1 or N-2)
 * @param annual the profit of that year as given, euros
 * @param monthly the share counted in each month: max(annual, 0) ÷ 12, rounded to the cent
 */
public record AnnualProfit(String personId, IncomeType type, int year, BigDecimal annual, BigDecimal monthly) {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final List<IncomeType> TYPES = List.of(IncomeType.REAL_REGIME_ANNUAL_PROFIT, IncomeType.AGRICULTURAL_ANNUAL_PROFIT);

    public AnnualProfit {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(monthly, "monthly");
    }

    /** Whether {@code type} is an annual profit of the self-employed. */
    public static boolean profit(IncomeType type) {
        return type == IncomeType.REAL_REGIME_ANNUAL_PROFIT || type == IncomeType.AGRICULTURAL_ANNUAL_PROFIT;
    }

    /** How the sentences name a profit type: {@code agricultural} (bénéfice agricole) or {@code real_regime} (BIC, BNC). */
    public static String kind(IncomeType type) {
        return type == IncomeType.AGRICULTURAL_ANNUAL_PROFIT ? "agricultural" : "real_regime";
    }

    /** The twelfth of {@code annual} counted in a month: max(annual, 0) ÷ 12, rounded to the cent, half up. */
    public static BigDecimal monthlyShare(BigDecimal annual) {
        return Money.positive(annual).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    /**
     * The profit of {@code type} counted for {@code personId} in a right examined in {@code examinationYear}: that of
     * the year before if given, otherwise that of two years before; empty when neither is given.
     *
     * @param annualIncomes {@link AnnualIncome} facts (others, and other persons' or types', are ignored)
     */
    public static Optional<AnnualProfit> counted(Collection<?> annualIncomes, String personId, IncomeType type,
            int examinationYear) {
        AnnualIncome last = find(annualIncomes, personId, type, examinationYear - 1);
        AnnualIncome chosen = last != null ? last : find(annualIncomes, personId, type, examinationYear - 2);
        return chosen == null ? Optional.empty()
                : Optional.of(new AnnualProfit(personId, type, chosen.year(), chosen.amount(), monthlyShare(chosen.amount())));
    }

    /** The profits counted for {@code personId}, one per profit type given for year N-1 or N-2, in the order of the types. */
    public static List<AnnualProfit> countedAll(Collection<?> annualIncomes, String personId, int examinationYear) {
        List<AnnualProfit> profits = new ArrayList<>(2);
        for (IncomeType type : TYPES) {
            counted(annualIncomes, personId, type, examinationYear).ifPresent(profits::add);
        }
        return profits;
    }

    /** What the profits counted for {@code personId} add to each month of the quarter: the sum of their shares. */
    public static BigDecimal monthlyTotal(Collection<?> annualIncomes, String personId, int examinationYear) {
        BigDecimal total = BigDecimal.ZERO;
        for (AnnualProfit p : countedAll(annualIncomes, personId, examinationYear)) {
            total = total.add(p.monthly());
        }
        return total;
    }

    /**
     * The profit types {@code personId} gave for some year but neither for {@code examinationYear - 1} nor for
     * {@code examinationYear - 2}: the profit the right needs is missing (in the order of the types).
     */
    public static List<IncomeType> missingTypes(Collection<?> annualIncomes, String personId, int examinationYear) {
        List<IncomeType> missing = new ArrayList<>(2);
        for (IncomeType type : TYPES) {
            boolean given = false;
            for (Object o : annualIncomes) {
                if (o instanceof AnnualIncome a && a.personId().equals(personId) && a.type() == type) {
                    given = true;
                }
            }
            if (given && counted(annualIncomes, personId, type, examinationYear).isEmpty()) {
                missing.add(type);
            }
        }
        return missing;
    }

    /**
     * Whether every annual profit given for one of {@code personIds} has a year to count: none of
     * {@link #missingTypes} for any of them.
     */
    public static boolean allKnown(Collection<?> annualIncomes, Collection<?> personIds, int examinationYear) {
        for (Object id : personIds) {
            if (!missingTypes(annualIncomes, (String) id, examinationYear).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static AnnualIncome find(Collection<?> annualIncomes, String personId, IncomeType type, int year) {
        for (Object o : annualIncomes) {
            if (o instanceof AnnualIncome a && a.personId().equals(personId) && a.type() == type && a.year() == year) {
                return a;
            }
        }
        return null;
    }

    /** A text form without the person or the amounts ({@link Redacted}): Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "AnnualProfit[year=" + year + ", " + Redacted.NOTE + "]";
    }
}
