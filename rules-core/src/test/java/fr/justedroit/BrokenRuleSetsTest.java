package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken rule sets are named at load (file, line, what is wrong) or at evaluation (rule, parameter,
 * date): never a verdict with a wrong amount, never an engine left unusable.
 */
class BrokenRuleSetsTest {
    static final String TOY_DRL = read("toy.drl");
    static final String TOY_PARAMETERS = read("parameters.yaml");
    static final String REQUEST = """
            {"month": "%s", "household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1990-01-01"%s}]}}""";

    /** The toy rule set plus rules that fail when they fire, each for one activity of the applicant. */
    static final String FAULTY_RULES = """

            rule "toy.parametre_inconnu"
                @legalRef("Toy code art. 2")
            when
                Member(role == Role.APPLICANT, activity == fr.justedroit.Activity.STUDENT)
            then
                insert(Verdict.eligible("toy_student", "household", params.get("toy.plafond").value()));
            end

            rule "toy.parametre_abroge"
                @legalRef("Toy code art. 3")
            when
                Member(role == Role.APPLICANT, activity == fr.justedroit.Activity.RETIRED)
            then
                insert(Verdict.eligible("toy_retired", "household", params.get("toy.prime_retraite").value()));
            end

            rule "toy.parametre_en_condition"
                @legalRef("Toy code art. 4")
            when
                Member(role == Role.APPLICANT, activity == fr.justedroit.Activity.UNEMPLOYED, $age : age)
                eval($age > params.get("toy.prime_retraite").intValue())
            then
                insert(Verdict.eligible("toy_unemployed", "household", BigDecimal.ONE));
            end

            rule "toy.division"
                @legalRef("Toy code art. 5")
            when
                Member(role == Role.APPLICANT, activity == fr.justedroit.Activity.APPRENTICE)
            then
                insert(Verdict.eligible("toy_apprentice", "household", BigDecimal.ONE.divide(BigDecimal.ZERO)));
            end

            rule "toy.deux_decisions"
                @legalRef("Toy code art. 6")
            when
                Member(role == Role.APPLICANT, activity == fr.justedroit.Activity.INACTIVE)
            then
                insert(Verdict.ineligible("toy", "household"));
            end
            """;
    static final String FAULTY_PARAMETERS = """

            toy.prime_retraite:
              description: A bonus abolished at the end of 2023
              unit: euros
              values:
                - {since: 2023-01-01, value: 30, source: Toy decree of 2023}
                - {since: 2024-01-01, value: null, source: Toy decree abolishing it}
            """;

    static JusteDroit faulty;

    @BeforeAll
    static void buildFaulty(@TempDir Path dir) throws IOException {
        faulty = JusteDroit.builder().ruleSets(write(dir, TOY_DRL + FAULTY_RULES, TOY_PARAMETERS + FAULTY_PARAMETERS)).build();
    }

    static String read(String file) {
        try {
            return Files.readString(TestEngines.TOY.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String drl, String parameters) throws IOException {
        Path toy = Files.createDirectories(dir.resolve("toy"));
        Files.writeString(toy.resolve("toy.drl"), drl);
        Files.writeString(toy.resolve("parameters.yaml"), parameters);
        Files.writeString(toy.resolve("messages_fr.properties"), read("messages_fr.properties"));
        Files.writeString(toy.resolve("messages_en.properties"), read("messages_en.properties"));
        return dir;
    }

    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as("'%s' in the rule set", fragment).isNotNegative();
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    static Request request(String month, String activity) {
        return Requests.fromJson(REQUEST.formatted(month, activity == null ? "" : ", \"activity\": \"" + activity + "\""));
    }

    static RuleSetException loadFailure(Path dir) {
        try {
            JusteDroit engine = JusteDroit.builder().ruleSets(dir).build();
            throw new AssertionError("the rule set loaded: " + engine.catalog().rules());
        } catch (RuleSetException e) {
            return e;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Named at load

    @Test
    void aSyntaxErrorIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("Member($id : id, role == Role.APPLICANT)", "Member($id : id, role == Role.APPLICANT");
        RuleSetException e = loadFailure(write(dir, drl, TOY_PARAMETERS));
        int line = lineOf(drl, "Member($id : id, role == Role.APPLICANT");
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.line()).isBetween(line, line + 1);
            assertThat(p.message()).isNotBlank();
        });
        assertThat(e.getMessage()).startsWith("toy/toy.drl:" + p(e).line() + ": ");
    }

    private static LoadProblem p(RuleSetException e) {
        return e.problems().get(0);
    }

    @Test
    void anUnknownFactTypeIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("Member($id : id, role == Role.APPLICANT)", "Membre($id : id, role == Role.APPLICANT)");
        RuleSetException e = loadFailure(write(dir, drl, TOY_PARAMETERS));
        int line = lineOf(drl, "Membre(");
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.line()).isBetween(line - 3, line + 1);
            assertThat(p.message()).contains("Membre");
        });
    }

    /** A second file of the same package that declares a type and matches it (as common.drl does for the catalog). */
    static final String COMMON_DRL = """
            package justedroit.test;

            import fr.justedroit.rules.Member;

            declare Adult
                id : String
            end

            rule "toy.commun.adulte"
                @legalRef("Toy code art. 7")
            when
                Member($id : id, age >= 18)
            then
                insert(new Adult($id));
            end

            rule "toy.commun.adulte_vu"
                @legalRef("Toy code art. 8")
            when
                Adult()
            then
            end
            """;

    static Path writeWithCommon(Path dir, String drl) throws IOException {
        write(dir, drl, TOY_PARAMETERS);
        Path common = Files.createDirectories(dir.resolve("common"));
        Files.writeString(common.resolve("common.drl"), COMMON_DRL);
        return dir;
    }

    @Test
    void aSyntaxErrorInAConditionIsReportedOnceWithoutErrorsBlamedOnOtherFiles(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("Member($id : id, role == Role.APPLICANT)", "Member($id : id, role == Role.APPLICANT) $x");
        RuleSetException e = loadFailure(writeWithCommon(dir, drl));
        int line = lineOf(drl, "Member($id : id, role == Role.APPLICANT) $x");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            // The parser names the line of the token where it stops: this one or the next.
            assertThat(p.line()).isBetween(line, line + 1);
        });
    }

    @Test
    void anUnknownTypeInAConditionIsReportedWithoutTheConsequenceErrorsItCauses(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("Member($id : id, role == Role.APPLICANT)", "Membre($id : id, role == Role.APPLICANT)");
        RuleSetException e = loadFailure(writeWithCommon(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.line()).isEqualTo(lineOf(drl, "Membre("));
            assertThat(p.message()).contains("Membre");
        });
    }

    @Test
    void anErrorInAConsequenceIsReportedAtItsOwnLine(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("insert(Verdict.eligible(\"toy\", \"household\", amount));",
                "insert(Verdict.eligible(\"toy\", \"household\", amount.nope()));");
        RuleSetException e = loadFailure(writeWithCommon(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.line()).isEqualTo(lineOf(drl, "amount.nope()"));
            assertThat(p.message()).contains("nope()");
        });
    }

    @Test
    void aBrokenFunctionIsReportedWithoutTheImportErrorsOfEveryRule(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("rule \"toy.montant\"", """
                function BigDecimal toyDouble(BigDecimal a) {
                    return a.multiply(Nope.TWO);
                }

                rule "toy.montant\"""");
        RuleSetException e = loadFailure(writeWithCommon(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.message()).contains("Nope");
        });
    }

    @Test
    void aFolderWithoutRulesIsAClearError(@TempDir Path dir) throws IOException {
        assertThat(loadFailure(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("no rule-set file");
        });
        Path onlyParameters = Files.createDirectories(dir.resolve("toy"));
        Files.writeString(onlyParameters.resolve("parameters.yaml"), TOY_PARAMETERS);
        assertThat(loadFailure(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("no rule file (*.drl)").doesNotContain("global");
        });
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path dir) {
        RuleSetException e = loadFailure(dir.resolve("nowhere"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("nowhere").toString());
            assertThat(p.message()).isEqualTo("no such rule-set folder");
        });
        assertThat(e.getMessage()).doesNotContain("Exception");
    }

    @Test
    void aRuleFileThatIsNotUtf8IsNamedWithItsLine(@TempDir Path dir) throws IOException {
        write(dir, TOY_DRL, TOY_PARAMETERS);
        byte[] latin1 = ("// ligne 1\n// r\u00e8gle en Latin-1\n" + TOY_DRL).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("toy/toy.drl"), latin1);
        assertThat(loadFailure(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("not UTF-8").contains("0xE8");
        });
    }

    @Test
    void aParameterFileUnderAnotherNameIsNotIgnored(@TempDir Path dir) throws IOException {
        write(dir, TOY_DRL, TOY_PARAMETERS);
        Files.writeString(dir.resolve("toy/parametres.yaml"), FAULTY_PARAMETERS);
        Files.createDirectories(dir.resolve("toy/scenarios"));
        Files.writeString(dir.resolve("toy/scenarios/cas.yaml"), "scenarios: []\n");
        assertThat(loadFailure(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/parametres.yaml");
            assertThat(p.message()).contains("parameters*.yaml");
        });
    }

    @Test
    void everyRuleWithoutALegalReferenceIsNamedAtLoad(@TempDir Path dir) throws IOException {
        String drl = TOY_DRL.replace("    @legalRef(\"Toy code art. 1\")\n", "") + """

                rule "toy.sans_reference"
                    @legalRef("  ")
                when
                    Member(role == Role.CHILD)
                then
                end

                rule "toy.bien_reference"
                    @legalRef("Toy code art. 9")
                when
                    Member(role == Role.OTHER)
                then
                end
                """;
        RuleSetException e = loadFailure(write(dir, drl, TOY_PARAMETERS));
        assertThat(e.problems()).extracting(LoadProblem::key).containsExactly("toy.montant", "toy.sans_reference");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("toy/toy.drl");
            assertThat(p.message()).contains("@legalRef");
        });
        assertThat(e.problems()).extracting(LoadProblem::line)
                .containsExactly(lineOf(drl, "rule \"toy.montant\""), lineOf(drl, "rule \"toy.sans_reference\""));
    }

    @Test
    void aMalformedParameterFileIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        String parameters = TOY_PARAMETERS.replace("      value: 520.50", "      value: [520.50");
        RuleSetException e = loadFailure(write(dir, TOY_DRL, parameters));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("toy/parameters.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Named at evaluation: an EvaluationException, never a response

    @Test
    void aParameterNoFileDefinesIsNamedWithTheRule() {
        assertThatThrownBy(() -> faulty.decide(request("2024-06", "student"))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("toy.parametre_inconnu").hasMessageContaining("'toy.plafond'")
                .hasMessageContaining("no parameter file defines");
        assertStillDecides();
    }

    @Test
    void aParameterNotInForceForTheMonthIsNamedWithItsDate() {
        assertThat(faulty.decide(request("2023-12", "retired")).decision("toy_retired", "household").orElseThrow().amount())
                .isEqualByComparingTo("30");
        assertThatThrownBy(() -> faulty.decide(request("2024-06", "retired"))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("toy.parametre_abroge").hasMessageContaining("'toy.prime_retraite'")
                .hasMessageContaining("2024-06-01");
        assertStillDecides();
    }

    @Test
    void aParameterMissingInAConditionIsNamedWithItsDate() {
        assertThatThrownBy(() -> faulty.decide(request("2025-02", "unemployed"))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("'toy.prime_retraite'").hasMessageContaining("2025-02-01");
        assertStillDecides();
    }

    @Test
    void aRuleThatThrowsIsNamed() {
        assertThatThrownBy(() -> faulty.decide(request("2024-06", "apprentice"))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("toy.division").hasMessageContaining("ArithmeticException");
        assertStillDecides();
    }

    @Test
    void twoDecisionsOnOneBenefitAreAnError() {
        assertThatThrownBy(() -> faulty.decide(request("2024-06", "inactive"))).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("decided toy for household twice");
        assertStillDecides();
    }

    /** After a failure, the same engine still decides correctly, from every thread of its pool. */
    private static void assertStillDecides() {
        for (int i = 0; i < 4; i++) {
            Response r = faulty.decide(request("2024-06", null));
            assertThat(r.decisions()).extracting(Decision::benefit).containsExactly("toy");
            assertThat(r.decisions().get(0).amount()).isEqualByComparingTo("520.50");
        }
    }
}
