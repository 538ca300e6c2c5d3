package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The tax abattements that turn a micro-entrepreneur's turnover into the professional income the RSA (CASF
 * R262-19) and the prime d'activité count: the rates of the code général des impôts, art. 50-0 (micro-BIC:
 * sales, services) and 102 ter (micro-BNC), in force in the month of the right.
 *
 * @param sales the abattement on sales turnover ({@code micro_bic_sales_turnover}), a fraction
 * @param services the abattement on BIC services turnover ({@code micro_bic_services_turnover}), a fraction
 * @param bnc the abattement on BNC receipts ({@code micro_bnc_turnover}), a fraction
 */
public record MicroEntrepriseAbattements(BigDecimal sales, BigDecimal services, BigDecimal bnc) {

    /** No abattement: a turnover counts in full (for rule sets that give no rates). */
    public static final MicroEntrepriseAbattements NONE =
            new MicroEntrepriseAbattements(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public MicroEntrepriseAbattements {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(bnc, "bnc");
    }

    /** Whether {@code type} is a micro-entrepreneur's turnover. */
    public static boolean turnover(IncomeType type) {
        return type == IncomeType.MICRO_BIC_SALES_TURNOVER || type == IncomeType.MICRO_BIC_SERVICES_TURNOVER
                || type == IncomeType.MICRO_BNC_TURNOVER;
    }

    /** The abattement of a turnover type. */
    public BigDecimal rate(IncomeType type) {
        return switch (type) {
            case MICRO_BIC_SALES_TURNOVER -> sales;
            case MICRO_BIC_SERVICES_TURNOVER -> services;
            case MICRO_BNC_TURNOVER -> bnc;
            default -> throw new IllegalArgumentException(type + " is not a turnover");
        };
    }

    /** The income counted for {@code turnover} of this type: turnover × (1 − abattement), rounded to the cent. */
    public BigDecimal profit(IncomeType type, BigDecimal turnover) {
        return Money.timesToCent(turnover, BigDecimal.ONE.subtract(rate(type)));
    }

    /** The turnovers among {@code incomes}, added up month by month, in month order. */
    public static List<MonthAmount> turnoverByMonth(Collection<?> incomes) {
        Map<java.time.YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (Object o : incomes) {
            MonthlyIncome in = (MonthlyIncome) o;
            if (turnover(in.type())) {
                byMonth.merge(in.month(), in.amount(), BigDecimal::add);
            }
        }
        List<MonthAmount> months = new ArrayList<>();
        byMonth.forEach((m, a) -> months.add(new MonthAmount(m, a)));
        return months;
    }

    /** A text form without the values ({@link Redacted}). */
    @Override
    public String toString() {
        return "MicroEntrepriseAbattements[" + Redacted.NOTE + "]";
    }
}
