package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text output prints what comes from the request escaped: an id cannot forge a line or drive the terminal. */
class TextOutputTest {
    private static final String FORGED = "a\n\u001b[31mtoy: eligible, €9,999.00\u001b[0m\r\u2028\u202e";

    private static Response response(String id) {
        Reason reason = new Reason("toy.montant", "Toy code art. 1", "toy.montant", Map.of("amount", new BigDecimal("12.00")),
                List.of(new ParameterValue("toy.maximum", new BigDecimal("500"), LocalDate.of(2024, 1, 1), "Toy code")));
        Decision decision = new Decision("toy", id, Status.ELIGIBLE, new BigDecimal("12.00"), null, List.of(reason),
                List.of("household.persons[id=" + id + "].incomes"), Map.of());
        return new Response(YearMonth.of(2025, 9), List.of(decision));
    }

    @Test
    void idsWithLineBreaksAndEscapeCodesArePrintedEscaped() {
        JusteDroit engine = TestEngines.toy();
        for (Language language : Language.values()) {
            String clean = engine.toText(response("a"), language);
            String forged = engine.toText(response(FORGED), language);
            assertThat(forged.lines().count()).as(forged).isEqualTo(clean.lines().count());
            assertThat(forged).doesNotContain("\u001b", "\r", "\u2028", "\u202e")
                    .contains("a\\n\\u001b[31mtoy: eligible, €9,999.00\\u001b[0m\\r\\u2028\\u202e");
            assertThat(forged.replace(FORGED.replace("\n", "\\n").replace("\u001b", "\\u001b").replace("\r", "\\r")
                    .replace("\u2028", "\\u2028").replace("\u202e", "\\u202e"), "a")).isEqualTo(clean);
        }
    }

    @Test
    void accentsAndNonBreakingSpacesAreKept() {
        String text = TestEngines.toy().toText(response("léa\u00a0\u202fk"), Language.FR);
        assertThat(text).contains("léa\u00a0\u202fk");
    }
}
