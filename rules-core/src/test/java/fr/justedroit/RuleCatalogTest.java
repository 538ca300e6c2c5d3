package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Browsing what an engine loaded, on the toy rule set (src/test/resources/rulesets/toy). */
class RuleCatalogTest {
    private final RuleCatalog catalog = TestEngines.toy().catalog();

    @Test
    void listsTheRulesWithTheirLegalReference() {
        assertThat(catalog.rules()).contains(new RuleInfo("toy.montant", "justedroit.test", "Toy code art. 1"));
    }

    @Test
    void givesTheDrlFilesByTheirPathInTheRuleSetFolder() {
        assertThat(catalog.ruleFiles()).containsOnlyKeys("toy.drl");
        assertThat(catalog.ruleFiles().get("toy.drl")).contains("rule \"toy.montant\"");
    }

    @Test
    void givesEachParameterTimelineAsWrittenInParametersYaml() {
        // toy/parameters.yaml: 500 from 2023-01-01, 520.50 from 2024-01-01.
        var timeline = catalog.parameterTimelines().get("toy.maximum");
        assertThat(timeline).containsOnlyKeys(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        ParameterValue v2024 = timeline.get(LocalDate.of(2024, 1, 1));
        assertThat(v2024.value()).isEqualByComparingTo(new BigDecimal("520.50"));
        assertThat(v2024.since()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(v2024.source()).isEqualTo("Toy decree of 1 January 2024");
        assertThat(timeline.get(LocalDate.of(2023, 1, 1)).value()).isEqualByComparingTo("500");
        assertThat(catalog.parameterFile("toy.maximum")).isEqualTo("parameters.yaml");
        assertThat(catalog.parameterFile("no.such.parameter")).isNull();
    }

    @Test
    void isImmutable() {
        assertThatThrownBy(() -> catalog.parameterTimelines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.parameterTimelines().get("toy.maximum").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.ruleFiles().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void knowsWhichSentencesExistAndTheMonthsDecided() {
        assertThat(catalog.hasMessage("toy.montant", Language.FR)).isTrue();
        assertThat(catalog.hasMessage("toy.no_such_rule", Language.FR)).isFalse();
        // The builder's default months (JusteDroit.Builder.months).
        assertThat(catalog.firstMonth()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(catalog.lastMonth()).isEqualTo(YearMonth.of(2026, 12));
    }
}
