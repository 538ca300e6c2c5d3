package fr.justedroit.rules;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The amount of one kind of income that a step counted, shown in a sentence as the kind's words
 * and the amount: "allocations chômage (300,00 €)", "unemployment benefit (€300.00)"; a list of
 * them reads as a list ("a, b et c").
 *
 * @param type the kind of income ({@code term.<json name>} gives its words)
 * @param amount euros
 */
public record IncomeAmount(IncomeType type, BigDecimal amount) {

    /** The incomes added up by kind, in the contract's order of the kinds. */
    public static List<IncomeAmount> byType(Collection<MonthlyIncome> incomes) {
        Map<IncomeType, BigDecimal> sums = new EnumMap<>(IncomeType.class);
        for (MonthlyIncome i : incomes) {
            sums.merge(i.type(), i.amount(), BigDecimal::add);
        }
        List<IncomeAmount> out = new ArrayList<>();
        sums.forEach((type, amount) -> out.add(new IncomeAmount(type, amount)));
        return List.copyOf(out);
    }

    /** The sum of the amounts, exact. */
    public static BigDecimal total(Collection<IncomeAmount> amounts) {
        return amounts.stream().map(IncomeAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "IncomeAmount[type=" + type.jsonName() + ", " + Redacted.NOTE + "]";
    }
}
