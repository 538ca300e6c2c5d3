package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterFileReaderTest {
    private final List<LoadProblem> problems = new ArrayList<>();

    private Map<String, ParameterTable.Parameter> read(String yaml) {
        return ParameterFileReader.read("x/parameters.yaml", yaml, problems);
    }

    @Test
    void readsDatedValuesAsExactDecimals() {
        Map<String, ParameterTable.Parameter> p = read("""
                x.taux:
                  description: Un taux
                  unit: rate
                  values:
                    - {since: 2025-04-01, value: 0.5985, source: Décret n° 2025-292}
                    - {since: 2018-08-01, value: 0.61, source: Décret n° 2018-836}
                """);
        assertThat(problems).isEmpty();
        ParameterTable table = new ParameterTable(p);
        assertThat(table.valueAt("x.taux", LocalDate.of(2025, 3, 31)))
                .isEqualTo(new ParameterValue("x.taux", new BigDecimal("0.61"), LocalDate.of(2018, 8, 1), "Décret n° 2018-836"));
        assertThat(table.valueAt("x.taux", LocalDate.of(2025, 4, 1)).value()).isEqualByComparingTo("0.5985");
    }

    @Test
    void rejectsTwoValuesOnOneDateNamingFileAndKey() {
        read("""
                x.montant:
                  description: Un montant
                  unit: euros
                  values:
                    - {since: 2025-04-01, value: 646.52, source: a}
                    - {since: 2025-04-01, value: 646.53, source: b}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("x/parameters.yaml");
            assertThat(p.key()).isEqualTo("x.montant");
            assertThat(p.message()).contains("two values take effect on 2025-04-01");
        });
    }

    @Test
    void everyProblemCarriesTheLineOfItsParameterOrValue() {
        read("""
                x.bon:
                  description: Un montant
                  unit: euros
                  values:
                    - {since: 2025-04-01, value: 646.52, source: a}
                x.montant:
                  description: Un montant
                  unit: euro
                  values:
                    - since: 2024-04-01
                      value: 600
                      source: a
                    - {since: 2025-04-01, value: 646.52}
                """);
        assertThat(problems).extracting(LoadProblem::key, LoadProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x.montant", 6),
                        org.assertj.core.groups.Tuple.tuple("x.montant.values[1]", 13));
    }

    @Test
    void rejectsAValueWithoutSource() {
        read("""
                x.montant:
                  description: Un montant
                  unit: euros
                  values:
                    - {since: 2025-04-01, value: 646.52}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("x.montant.values[0]");
            assertThat(p.message()).contains("missing source");
        });
    }

    @Test
    void rejectsMalformedValueAndDate() {
        read("""
                x.montant:
                  description: Un montant
                  unit: euros
                  values:
                    - {since: 2025-13-01, value: 646.52, source: a}
                    - {since: 2025-04-01, value: six cents, source: b}
                """);
        assertThat(problems).extracting(LoadProblem::message)
                .anySatisfy(m -> assertThat(m).contains("since '2025-13-01' is not a date"))
                .anySatisfy(m -> assertThat(m).contains("value 'six cents' is not a number"));
    }

    @Test
    void rejectsDuplicateKeysAndBadYamlWithLine() {
        read("x.a:\n  description: a\n  unit: euros\n  values: [{since: 2020-01-01, value: 1, source: s}]\nx.a:\n  description: b\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
        problems.clear();
        read("x.a: [unclosed\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aNullValueMeansNotInForce() {
        Map<String, ParameterTable.Parameter> p = read("""
                x.aide:
                  description: Une aide créée en cours de période
                  unit: euros
                  values:
                    - {since: 2020-01-01, value: null, source: pas encore créée}
                    - {since: 2023-11-28, value: 100, source: Décret n° 2023-1088}
                """);
        assertThat(problems).isEmpty();
        ParameterTable table = new ParameterTable(p);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.valueAt("x.aide", LocalDate.of(2023, 11, 1)))
                .hasMessageContaining("x.aide").hasMessageContaining("no value in force on 2023-11-01");
        assertThat(table.valueAt("x.aide", LocalDate.of(2023, 12, 1)).value()).isEqualByComparingTo("100");
    }
}
