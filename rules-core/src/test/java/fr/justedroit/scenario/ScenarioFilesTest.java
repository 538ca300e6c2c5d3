package fr.justedroit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.AidForm;
import fr.justedroit.Status;
import java.math.BigDecimal;
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
                    source: law.md §4(d) V2
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
        assertThat(first.source()).isEqualTo("law.md §4(d) V2");
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
}
