package fr.justedroit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.IncomeType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomeBookTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);

    private static MonthlyIncome income(String person, YearMonth month, IncomeType type, String amount) {
        return new MonthlyIncome(person, month, type, new BigDecimal(amount));
    }

    private final MonthlyIncome aliceJanSalary = income("alice", JAN, IncomeType.NET_SOCIAL_SALARY, "1200.00");
    private final MonthlyIncome aliceJanPension = income("alice", JAN, IncomeType.PENSION, "300.00");
    private final MonthlyIncome aliceMarSalary = income("alice", JAN.plusMonths(2), IncomeType.NET_SOCIAL_SALARY, "1250.00");
    private final MonthlyIncome aliceMaySalary = income("alice", JAN.plusMonths(4), IncomeType.NET_SOCIAL_SALARY, "1300.00");
    private final MonthlyIncome brunoJanSalary = income("bruno", JAN, IncomeType.NET_SOCIAL_SALARY, "900.00");
    private final IncomeBook book = IncomeBook.of(List.of(aliceJanSalary, aliceJanPension, aliceMarSalary, aliceMaySalary, brunoJanSalary));

    @Test
    void aMonthGivesThatPersonsIncomesOfThatMonthOnly() {
        assertThat(book.of("alice", JAN)).containsExactly(aliceJanSalary, aliceJanPension);
        assertThat(book.of("bruno", JAN)).containsExactly(brunoJanSalary);
        assertThat(book.of("alice", JAN.plusMonths(1))).isEmpty();
        assertThat(book.of("nobody", JAN)).isEmpty();
    }

    @Test
    void aSpanIncludesBothEndsAndNothingOutside() {
        assertThat(book.between("alice", JAN, JAN.plusMonths(2))).containsExactly(aliceJanSalary, aliceJanPension, aliceMarSalary);
        assertThat(book.between("alice", JAN.plusMonths(2), JAN.plusMonths(4))).containsExactly(aliceMarSalary, aliceMaySalary);
        assertThat(book.between("alice", JAN.plusMonths(1), JAN.plusMonths(1))).isEmpty();
        assertThat(book.between("alice", JAN.plusMonths(4), JAN)).as("a span that ends before it starts").isEmpty();
        assertThat(book.between("nobody", JAN, JAN.plusMonths(4))).isEmpty();
    }

    @Test
    void itsTextFormWithholdsEveryValue() {
        assertThat(book.toString()).doesNotContain("alice", "bruno", "1200", "2025").contains(Redacted.NOTE);
    }
}
