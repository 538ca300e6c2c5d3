package fr.justedroit.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.DemoRuleSet;
import fr.justedroit.JusteDroit;
import fr.justedroit.check.CheckProblem.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check catches what it must, on small rule sets written for each test (one engine build per test). */
class RuleSetChecksTest {

    @Test
    void aCleanRuleSetHasNoProblem(@TempDir Path dir) {
        CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(DemoRuleSet.write(dir)));

        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.compiled()).isTrue();
        assertThat(report.rules()).isEqualTo(2);
        assertThat(report.parameters()).isEqualTo(2);
        assertThat(report.toText()).isEqualTo("No problem: 2 rules and 2 parameters checked.\n");
    }

    @Test
    void plantedProblemsAreEachNamed(@TempDir Path dir) {
        DemoRuleSet.write(dir);
        // A gap: the amount only takes effect in April 2023.
        DemoRuleSet.write(dir.resolve("demo/parameters.yaml"), DemoRuleSet.PARAMETERS.replace("since: 2020-01-01", "since: 2023-04-01") + """
                demo.plafond:
                  description: Un plafond que personne ne lit
                  unit: euros
                  values:
                    - {since: 2000-01-01, value: 1000, source: Code démo art. 9}
                demo.aide_nouvelle:
                  description: Pas en vigueur avant le 28 novembre 2023 (valeur nulle explicite) ; ce n'est pas un trou
                  unit: euros
                  values:
                    - {since: 2020-01-01, value: null, source: Loi démo (pas encore en vigueur)}
                    - {since: 2023-11-28, value: 50, source: Loi démo art. 1}
                """);
        DemoRuleSet.write(dir.resolve("demo/extra.drl"), """
                package justedroit.catalog;
                import fr.justedroit.rules.DecisionMonth;
                import fr.justedroit.rules.Term;

                // No @legalRef, a parameter nobody defines, and a sentence only in French.
                rule "demo.sans_reference"
                when
                    DecisionMonth(month.year < 1900)
                then
                    explain.of(kcontext, "demo", "household").with("x", params.value("demo.inconnu"))
                           .with("aide", params.value("demo.aide_nouvelle"))
                           .with("cause", new Term("demo.cause"));
                end
                """);
        DemoRuleSet.write(dir.resolve("demo/messages_fr.properties"), DemoRuleSet.MESSAGES_FR
                + "demo.sans_reference=Texte seulement en français.\nterm.demo.cause=une cause\n");

        CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(dir));

        assertThat(report.compiled()).as(report.toText()).isTrue();
        assertThat(report.problems(Kind.PARAMETER_GAP)).containsExactly(new CheckProblem(Kind.PARAMETER_GAP,
                "demo/parameters.yaml", "demo.montant", "no value from 2023-01-01 to 2023-03-31 (its first value takes effect on"
                        + " 2023-04-01; if it is not in force before, say so with a first value 'value: null' and its source)"));
        assertThat(report.problems(Kind.MISSING_LEGAL_REF)).extracting(CheckProblem::subject, CheckProblem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demo.sans_reference", "demo/extra.drl:6"));
        assertThat(report.problems(Kind.UNREAD_PARAMETER)).extracting(CheckProblem::subject).containsExactly("demo.plafond");
        assertThat(report.problems(Kind.UNKNOWN_PARAMETER)).extracting(CheckProblem::subject, CheckProblem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demo.inconnu", "demo/extra.drl:10"));
        assertThat(report.problems(Kind.MISSING_MESSAGE)).extracting(CheckProblem::subject)
                .containsExactly("demo.sans_reference", "term.demo.cause");
        assertThat(report.problems(Kind.MISSING_MESSAGE).get(0).message())
                .isEqualTo("the rule explains a step, but no messages_en.properties has the sentence 'demo.sans_reference='");
        assertThat(report.problems()).hasSize(6);
        assertThat(report.toText()).contains("parameter gap: demo/parameters.yaml [demo.montant]: no value from 2023-01-01 to 2023-03-31")
                .contains("no legal reference: demo/extra.drl:6 [demo.sans_reference]")
                .contains("unread parameter: demo/parameters.yaml [demo.plafond]: no rule or function reads this parameter")
                .endsWith("6 problems\n");
    }

    @Test
    void aDrlSyntaxErrorIsALoadErrorWithItsFileAndLine(@TempDir Path dir) {
        DemoRuleSet.write(dir);
        DemoRuleSet.write(dir.resolve("demo/broken.drl"), """
                package justedroit.catalog;
                import fr.justedroit.rules.DecisionMonth;

                rule "demo.cassee"
                    @legalRef("Code démo art. 4")
                when
                    DecisionMonth(
                then
                end
                """);

        CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(dir));

        assertThat(report.compiled()).isFalse();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.LOAD_ERROR);
            assertThat(p.file()).startsWith("demo/broken.drl");
        });
        assertThat(report.toText()).contains("load error: demo/broken.drl:")
                .contains("the other checks run once these errors are fixed");
    }

    @Test
    void twoValuesOnTheSameDateAreAnOverlapReportedAsALoadError(@TempDir Path dir) {
        DemoRuleSet.write(dir);
        DemoRuleSet.write(dir.resolve("demo/parameters.yaml"), DemoRuleSet.PARAMETERS.replace("since: 2025-01-01", "since: 2020-01-01"));

        CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(dir));

        assertThat(report.problems()).containsExactly(new CheckProblem(Kind.LOAD_ERROR, "demo/parameters.yaml:8", "demo.montant",
                "two values take effect on 2020-01-01"));
    }
}
