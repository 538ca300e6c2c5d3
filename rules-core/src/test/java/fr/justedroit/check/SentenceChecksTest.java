package fr.justedroit.check;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.DemoRuleSet;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.check.CheckProblem.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check reads the sentences: figures written out, values and parameters a rule does not give, malformed placeholders. */
class SentenceChecksTest {
    /** demo.mineur cites the minimum age, so that its sentences may name it. */
    private static final String DRL_CITING_THE_AGE = DemoRuleSet.DRL.replace(
            "explain.of(kcontext, \"demo\", \"household\").with(\"age\", $age);",
            "explain.of(kcontext, \"demo\", \"household\").with(\"age\", $age).using(params.get(\"demo.age_minimum\"));");

    private static CheckReport check(Path dir, String fr, String en) {
        DemoRuleSet.write(dir);
        DemoRuleSet.write(dir.resolve("demo/demo.drl"), DRL_CITING_THE_AGE);
        DemoRuleSet.write(dir.resolve("demo/messages_fr.properties"), fr);
        DemoRuleSet.write(dir.resolve("demo/messages_en.properties"), en);
        return RuleSetChecks.check(JusteDroit.builder().ruleSets(dir));
    }

    @Test
    void aSentenceThatNamesItsParameterIsCleanAndReadsTheValue(@TempDir Path dir) {
        String fr = "demo.adulte=Le demandeur est majeur : {amount}.\n"
                + "demo.mineur=Le demandeur a {age, plural, one {# an} other {# ans}} : pas de droit avant {$demo.age_minimum} ans.\n";
        String en = "demo.adulte=The applicant is an adult: {amount}.\ndemo.mineur=The applicant is {age}: nothing before {$demo.age_minimum}.\n";
        CheckReport report = check(dir, fr, en);
        assertThat(report.problems()).as(report.toText()).isEmpty();

        JusteDroit engine = JusteDroit.builder().ruleSets(dir).build();
        Reason r = engine.decide(Requests.fromYaml("""
                month: 2025-06
                household:
                  persons:
                    - {id: p1, role: applicant, birthDate: 2010-01-01}
                """, null)).decisions().get(0).reasons().get(0);
        // The figure comes from demo.age_minimum (18, Code démo art. 3 in DemoRuleSet), not from the sentence.
        assertThat(engine.text(r, Language.FR)).isEqualTo("Le demandeur a 15 ans\u00A0: pas de droit avant 18 ans.");
    }

    @Test
    void aFigureWrittenInASentenceIsFlagged(@TempDir Path dir) {
        String fr = "demo.adulte=Le demandeur est majeur : {amount}, soit 110 par mois.\n"
                + "demo.mineur=Le demandeur a {age} ans : pas de droit avant 18 ans.\n";
        String en = "demo.adulte=The applicant is an adult: {amount}.\ndemo.mineur=The applicant is {age}: nothing before 18 years.\n";
        CheckReport report = check(dir, fr, en);
        assertThat(report.problems(Kind.FIGURE_IN_SENTENCE)).extracting(CheckProblem::subject, CheckProblem::file)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("demo.adulte", "demo/messages_fr.properties:1"),
                        org.assertj.core.groups.Tuple.tuple("demo.mineur", "demo/messages_fr.properties:2"),
                        org.assertj.core.groups.Tuple.tuple("demo.mineur", "demo/messages_en.properties:2"));
        // 110 has no unit, but it is the value of demo.montant from 2025, which demo.adulte reads.
        assertThat(report.problems(Kind.FIGURE_IN_SENTENCE).get(0).message()).contains("'110'", "demo.montant");
    }

    @Test
    void aValueOrAParameterTheRuleDoesNotGiveIsFlagged(@TempDir Path dir) {
        String fr = "demo.adulte=Le demandeur est majeur : {montant} ({$demo.age_minimum} ; {$demo.inexistant}).\n"
                + "demo.mineur=Le demandeur a {age} ans.\n";
        String en = "demo.adulte=The applicant is an adult: {amount}.\ndemo.mineur=The applicant is {age}, {age_elision}.\n";
        CheckReport report = check(dir, fr, en);
        assertThat(report.problems(Kind.UNKNOWN_ARGUMENT)).extracting(CheckProblem::message)
                .anySatisfy(m -> assertThat(m).contains("{montant}", "demo.adulte", "it gives amount"))
                .anySatisfy(m -> assertThat(m).contains("{$demo.age_minimum}", "does not read"))
                .anySatisfy(m -> assertThat(m).contains("{$demo.inexistant}", "no parameter file defines"))
                .hasSize(3);
    }

    @Test
    void aMalformedSentenceIsFlaggedWithItsFileAndLine(@TempDir Path dir) {
        String fr = "# commentaire\ndemo.adulte=Le demandeur est majeur : {amount.\ndemo.mineur=Le demandeur a {0} ans.\n";
        String en = "demo.adulte=The applicant is an adult: {amount}.\ndemo.mineur=The applicant is {$Not An Id}.\n";
        CheckReport report = check(dir, fr, en);
        assertThat(report.compiled()).isFalse();
        assertThat(report.problems(Kind.MALFORMED_MESSAGE)).extracting(CheckProblem::file, CheckProblem::subject)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("demo/messages_fr.properties:2", "demo.adulte"),
                        org.assertj.core.groups.Tuple.tuple("demo/messages_fr.properties:3", "demo.mineur"),
                        org.assertj.core.groups.Tuple.tuple("demo/messages_en.properties:2", "demo.mineur"));
    }

    @Test
    void aSentenceInOneLanguageOnlyIsFlagged(@TempDir Path dir) {
        String fr = "demo.adulte=Le demandeur est majeur : {amount}.\ndemo.mineur=Le demandeur a {age} ans.\nterm.demo.seul=seul\n";
        String en = "demo.adulte=The applicant is an adult: {amount}.\ndemo.mineur=The applicant is {age}.\n";
        CheckReport report = check(dir, fr, en);
        assertThat(report.problems(Kind.MISSING_MESSAGE)).extracting(CheckProblem::subject).containsExactly("term.demo.seul");
    }

    @Test
    void anArticleMissingFromTheTableOfLegalTextsIsFlagged(@TempDir Path dir) {
        DemoRuleSet.write(dir);
        DemoRuleSet.write(dir.resolve("demo/demo.drl"), DemoRuleSet.DRL.replace("@legalRef(\"Code démo art. 1 et 2\")",
                "@legalRef(\"CASF art. L262-2 et L999-1 ; Décret n° 2099-1\")"));
        DemoRuleSet.write(dir.resolve("demo/legal_texts.yaml"), """
                codes:
                  CASF:
                    name: Code de l'action sociale et des familles
                    id: LEGITEXT000006074069
                    articles:
                      L262-2: ~
                """);
        CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(dir));
        assertThat(report.problems(Kind.UNKNOWN_LEGAL_TEXT)).allSatisfy(p -> assertThat(p.subject()).isEqualTo("demo.adulte"))
                .extracting(CheckProblem::message).satisfiesExactly(
                        m -> assertThat(m).contains("CASF art. L999-1"),
                        m -> assertThat(m).contains("Décret n° 2099-1"));
        assertThat(report.problems()).hasSize(2);
    }
}
