package fr.justedroit.catalog.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.catalog.CatalogEngine;
import fr.justedroit.history.Facts;
import fr.justedroit.history.History;
import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.Kind;
import fr.justedroit.history.MonthDifference;
import fr.justedroit.history.Timeline;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over generated households (the project's seeded generator): a history whose facts were not corrected
 * and whose payments are not given has no difference; the month of an examination is due what
 * {@code evaluate} gives for that month's facts; the months of a quarter without any event are due the same
 * amount when the law does not change within it.
 */
class HistoryPropertiesTest {
    static final long SEED = 20261202L;
    static final int HOUSEHOLDS = 40;
    static final YearMonth EXAMINATION = YearMonth.of(2024, 7);

    @Test
    void generatedHouseholdsRecomputeConsistently() {
        HouseholdGenerator generator = new HouseholdGenerator(SEED);
        int checked = 0;
        for (int i = 0; i < HOUSEHOLDS; i++) {
            Request request = generator.household(i, EXAMINATION);
            Timeline t = new Timeline(EXAMINATION, EXAMINATION.plusMonths(2), List.of(EXAMINATION), LocalDate.of(2025, 3, 1), false,
                    new Facts(request.household(), List.of(), List.of()), null, List.of());
            HistoryResult r;
            try {
                r = History.on(CatalogEngine.get()).recompute(t);
            } catch (InvalidRequestException e) {
                continue; // a generated household with an input missing for some month: not a history to settle
            }
            checked++;
            assertThat(r.months()).allSatisfy(m -> assertThat(m.kind()).as(m.toString()).isEqualTo(Kind.NONE));
            Response alone = CatalogEngine.get().decide(request);
            for (String benefit : new String[] {"rsa", "prime_activite"}) {
                Decision d = alone.decision(benefit, "household").orElseThrow();
                MonthDifference first = r.month(EXAMINATION, benefit, "household").orElseThrow();
                assertThat(first.due()).as("household %d, %s", i, benefit).isEqualByComparingTo(d.status() == fr.justedroit.Status.ELIGIBLE
                        ? d.amount() : java.math.BigDecimal.ZERO);
                // July to September 2024: no revaluation, no event (the generated household has no membership):
                // the quarter is frozen at July's amount.
                for (int k = 1; k <= 2; k++) {
                    assertThat(r.month(EXAMINATION.plusMonths(k), benefit, "household").orElseThrow().due())
                            .as("household %d, %s, month +%d", i, benefit, k).isEqualByComparingTo(first.due());
                }
            }
        }
        assertThat(checked).as("generated households recomputed").isGreaterThan(HOUSEHOLDS / 2);
    }
}
