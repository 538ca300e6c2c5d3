package fr.justedroit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.AidForm;
import fr.justedroit.InputError;
import fr.justedroit.TestEngines;
import fr.justedroit.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario file format, as the rule-set authors write it. */
class ScenarioFilesTest {

    @Test
    void readsEveryFieldAndReusesNamedHouseholds() {
        List<Scenario> scenarios = ScenarioFiles.parse("f.yaml", """
                households:
                  seule:
                    persons: [{id: v, role: applicant, birthDate: 1990-01-01}]
                    housing: {status: tenant, housingAid: true}
                scenarios:
                  - name: V2 juin 2024
                    month: 2024-06
                    household: seule
                    violenceAid: {victim: v, proof: complaint, proofDate: 2024-05-20, applicationDate: 2024-06-03}
                    source: CASF art. D214-14
                    notes: free text
                    expect:
                      - benefit: violence_aid
                        beneficiary: v
                        status: eligible
                        amount: 635.71
                        tolerance: 0.01
                        form: grant
                        reasons: [violence_aid.montant]
                        missingInputs: []
                  - name: V2 juin 2025
                    month: 2025-06
                    household: seule
                    source: computed
                    expect: [{benefit: rsa, status: not_computable, missingInputs: [household.housing]}]
                """);

        assertThat(scenarios).hasSize(2);
        Scenario first = scenarios.get(0);
        assertThat(first.id()).isEqualTo("f.yaml: V2 juin 2024");
        assertThat(first.request().violenceAid()).isNotNull();
        assertThat(first.source()).isEqualTo("CASF art. D214-14");
        assertThat(first.notes()).isEqualTo("free text");
        Expectation e = first.expectations().get(0);
        assertThat(e).isEqualTo(new Expectation("violence_aid", "v", Status.ELIGIBLE, new BigDecimal("635.71"),
                new BigDecimal("0.01"), AidForm.GRANT, List.of("violence_aid.montant"), List.of()));
        Scenario second = scenarios.get(1);
        assertThat(second.request().household()).isEqualTo(first.request().household());
        assertThat(second.request().month().toString()).isEqualTo("2025-06");
        assertThat(second.expectations().get(0).beneficiary()).isEqualTo("household");
        assertThat(second.expectations().get(0).tolerance()).isEqualByComparingTo("0");
    }

    @Test
    void errorsNameThePathInTheFile() {
        assertThatThrownBy(() -> ScenarioFiles.parse("f.yaml", """
                scenarios:
                  - name: a
                    month: 2024-06
                    household: nobody
                    expect: [{benefit: rsa, status: maybe, amount: ten}]
                    extra: 1
                """))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("f.yaml: scenarios[0].extra: unknown field")
                .hasMessageContaining("scenarios[0].source: missing")
                .hasMessageContaining("scenarios[0].household: no household is named 'nobody'")
                .hasMessageContaining("scenarios[0].expect[0].status: 'maybe' is not a status")
                .hasMessageContaining("scenarios[0].expect[0].amount: 'ten' is not a number");
    }

    @Test
    void aRequestThatBreaksTheContractMakesTheFileInvalidWithThePathInTheFile() {
        assertThatThrownBy(() -> ScenarioFiles.parse("f.yaml", """
                households:
                  couple:
                    persons: [{id: a, role: applicant, birthDate: 1990-01-01}, {id: b, role: applicant, birthDate: 1991-01-01}]
                scenarios:
                  - {name: ok, month: 2024-06, source: s, household: {persons: [{id: a, role: applicant, birthDate: 1990-01-01}]},
                     expect: [{benefit: rsa}]}
                  - {name: born later, month: 2024-06, source: s, expect: [{benefit: rsa}],
                     household: {persons: [{id: a, role: applicant, birthDate: 2024-07-01}]}}
                  - {name: two applicants, month: 2024-06, source: s, household: couple, expect: [{benefit: rsa}]}
                  - {name: victim, month: 2024-06, source: s, expect: [{benefit: rsa}],
                     household: {persons: [{id: a, role: applicant, birthDate: 1990-01-01}]}, violenceAid: {victim: z}}
                """))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.errors()).extracting(InputError::path)
                        .containsExactly("scenarios[1].household.persons[0].birthDate", "households.couple.persons[1].role",
                                "scenarios[3].violenceAid.victim"));
    }

    @Test
    void aBenefitNoRuleSetDecidesIsAnErrorWithItsPath() throws IOException {
        Path file = Files.createTempFile("scenarios", ".yaml");
        try {
            Files.writeString(file, """
                    scenarios:
                      - {name: typo, month: 2024-06, source: s, household: {persons: [{id: a, role: applicant, birthDate: 1990-01-01}]},
                         expect: [{benefit: toy}, {benefit: rsaa}]}
                    """);
            assertThat(ScenarioFiles.read(file)).hasSize(1);
            assertThatThrownBy(() -> ScenarioFiles.read(file, TestEngines.toy()))
                    .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                        assertThat(err.path()).isEqualTo("scenarios[0].expect[1].benefit");
                        assertThat(err.problem()).contains("'rsaa'");
                        assertThat(err.expected()).isEqualTo("one of toy");
                    }));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileThatIsNotUtf8SaysWhere() throws IOException {
        Path file = Files.createTempFile("scenarios", ".yaml");
        try {
            Files.write(file, "scenarios:\n  - name: \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> ScenarioFiles.read(file)).isInstanceOfSatisfying(ScenarioFileException.class,
                    e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                        assertThat(err.path()).isEqualTo("(file)");
                        assertThat(err.problem()).contains("not UTF-8", "0xE9", "line 2, column 11").doesNotContain("Input length");
                    }));
        } finally {
            Files.delete(file);
        }
    }
}
