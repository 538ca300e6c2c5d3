package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An engine built with {@code reasons(false)} (for mass simulations) decides exactly what the default
 * engine decides, only without the reasons.
 */
class ReasonsOffTest {

    @Test
    void sameDecisionsWithoutReasons() {
        JusteDroit withReasons = CatalogEngine.get();
        JusteDroit without = JusteDroit.builder().catalog().reasons(false).build();
        HouseholdGenerator generator = new HouseholdGenerator(2026);
        for (YearMonth month : List.of(YearMonth.of(2024, 2), YearMonth.of(2025, 6))) {
            for (Request r : generator.households(month, 300).toList()) {
                Response a = withReasons.decide(r);
                Response b = without.decide(r);
                assertThat(b.decisions()).hasSameSizeAs(a.decisions());
                for (int i = 0; i < a.decisions().size(); i++) {
                    Decision x = a.decisions().get(i);
                    Decision y = b.decisions().get(i);
                    assertThat(y.reasons()).isEmpty();
                    assertThat(new Decision(y.benefit(), y.beneficiary(), y.status(), y.amount(), y.form(),
                            x.reasons(), y.missingInputs(), y.details())).isEqualTo(x);
                }
            }
        }
    }
}
