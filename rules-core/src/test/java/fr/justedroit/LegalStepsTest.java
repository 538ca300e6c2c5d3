package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.scenario.ScenarioSuite;
import fr.justedroit.scenario.SuiteResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal steps (ruleflow-group, focus set by the engine), the generic exclusion and the
 * completeness check, on the example rule set of docs/rule-authors.md and on broken copies of it.
 */
class LegalStepsTest {
    /** The example rule set of the rule authors' guide. */
    static final Path EXAMPLE = Path.of("../docs/rule-authors/example");
    static final String DRL_FILE = "exemple/exemple.drl";
    static final String DRL = read(EXAMPLE.resolve(DRL_FILE));

    static final String ADULT = """
            {"month": "2024-06", "household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1980-01-01",
             "activity": "employed", "incomes": [{"type": "net_social_salary", "month": "2024-05", "amount": %s}]}],
             "housing": {"status": "tenant", "housingAid": false}}}""";
    static final String STUDENT_17_NO_HOUSING = """
            {"month": "2024-06", "household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "2007-01-01",
             "activity": "student"}]}}""";

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A copy of the example rule set under {@code dir} with its DRL replaced. */
    static Path copyWith(Path dir, String drl) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(EXAMPLE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Files.writeString(dir.resolve(DRL_FILE), drl);
        return dir;
    }

    static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    // ---------------------------------------------------------------------------------------------
    // The example rule set

    @ParameterizedTest(name = "executable model: {0}")
    @ValueSource(booleans = {false, true})
    void theExampleRuleSetPassesItsScenariosAndReachesEveryRule(boolean executableModel) {
        JusteDroit engine = JusteDroit.builder().ruleSets(EXAMPLE).executableModel(executableModel).build();
        SuiteResult result = ScenarioSuite.run(engine, List.of(EXAMPLE));
        assertThat(result.failed()).as(result.summary()).isZero();
        assertThat(result.passed()).isEqualTo(5);
        assertThat(result.coverage().neverFired()).isEmpty();
    }

    @Test
    void anExcludedBenefitRunsNoLaterStepAndIsRefusedWithEveryFailedCondition() {
        JusteDroit engine = JusteDroit.builder().ruleSets(EXAMPLE).build();
        List<String> fired = new ArrayList<>();
        Decision d = engine.decide(Requests.fromJson(STUDENT_17_NO_HOUSING), fired::add).decision("exemple", "household")
                .orElseThrow();
        assertThat(d.status()).isEqualTo(Status.INELIGIBLE);
        assertThat(d.reasons()).extracting(Reason::rule).containsExactly("exemple.foyer", "exemple.condition_age",
                "exemple.condition_etudiant", "exemple.logement_inconnu");
        // The steps after "conditions" never ran: no resources, no barème, no amount, no verdict rule.
        assertThat(fired).containsExactly("exemple.demande", "exemple.foyer", "exemple.condition_age",
                "exemple.condition_etudiant", "exemple.logement_inconnu");
    }

    @Test
    void theStepsFireInTheirLegalOrder() {
        JusteDroit engine = JusteDroit.builder().ruleSets(EXAMPLE).build();
        List<String> fired = new ArrayList<>();
        Decision d = engine.decide(Requests.fromJson(ADULT.formatted("50")), fired::add).decision("exemple", "household")
                .orElseThrow();
        assertThat(d.amount()).isEqualByComparingTo("150.00"); // Code d'exemple art. 4: 200 − 50
        // The rules appear in the file in that order too, but each rule's step alone decides when it runs:
        // the reverse order of the file gives the same sequence (checked below).
        assertThat(fired).containsExactly("exemple.demande", "exemple.foyer", "exemple.ressources", "exemple.bareme",
                "exemple.montant", "exemple.decision.versement");
    }

    @Test
    void theOrderOfTheRulesInTheFileDoesNotMatter(@TempDir Path dir) throws IOException {
        String header = DRL.substring(0, DRL.indexOf("// faits: one decision"));
        List<String> rules = new ArrayList<>(List.of(DRL.substring(header.length()).split("(?m)^(?=// )")));
        java.util.Collections.reverse(rules);
        JusteDroit engine = JusteDroit.builder().ruleSets(copyWith(dir, header + String.join("", rules))).build();
        List<String> fired = new ArrayList<>();
        engine.decide(Requests.fromJson(ADULT.formatted("50")), fired::add);
        assertThat(fired).containsExactly("exemple.demande", "exemple.foyer", "exemple.ressources", "exemple.bareme",
                "exemple.montant", "exemple.decision.versement");
    }

    // ---------------------------------------------------------------------------------------------
    // Completeness: every claimed benefit gets exactly one decision

    @ParameterizedTest(name = "executable model: {0}")
    @ValueSource(booleans = {false, true})
    void aClaimLeftUndecidedIsARuleSetError(boolean executableModel, @TempDir Path dir) throws IOException {
        // The case "under the payment threshold" has no rule any more.
        String drl = DRL.substring(0, DRL.indexOf("rule \"exemple.decision.sous_le_seuil\""));
        JusteDroit engine = JusteDroit.builder().ruleSets(copyWith(dir, drl)).executableModel(executableModel).build();
        assertThat(engine.decide(Requests.fromJson(ADULT.formatted("50"))).decisions()).hasSize(1);
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(ADULT.formatted("195"))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("rule set error").hasMessageContaining("decided nothing on exemple for household");
    }

    @Test
    void aDecisionForABeneficiaryNotClaimedIsARuleSetError(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "insert(Verdict.eligible(\"exemple\", \"household\", $amount));",
                "insert(Verdict.eligible(\"exemple\", \"a\", $amount));");
        JusteDroit engine = JusteDroit.builder().ruleSets(copyWith(dir, drl)).build();
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(ADULT.formatted("50"))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("exemple is decided for a, which the rule set does not claim");
    }

    @Test
    void anExclusionWithoutAClaimIsARuleSetError(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "    insert(new Claim(\"exemple\", \"household\"));\n", "");
        JusteDroit engine = JusteDroit.builder().ruleSets(copyWith(dir, drl)).build();
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(STUDENT_17_NO_HOUSING)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("no rule claims exemple");
    }

    @Test
    void aVerdictBesideAnExclusionIsARuleSetError(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "    insert(Exclusion.ineligible(kcontext, \"exemple\", \"household\"));\n"
                        + "    explain.of(kcontext, \"exemple\", \"household\").with(\"age\", $age)",
                "    insert(Exclusion.ineligible(kcontext, \"exemple\", \"household\"));\n"
                        + "    insert(Verdict.ineligible(\"exemple\", \"household\"));\n"
                        + "    explain.of(kcontext, \"exemple\", \"household\").with(\"age\", $age)");
        JusteDroit engine = JusteDroit.builder().ruleSets(copyWith(dir, drl)).build();
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(STUDENT_17_NO_HOUSING)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("excluded by rule 'exemple.condition_age' and yet a rule decided it");
    }

    // ---------------------------------------------------------------------------------------------
    // The conventions, enforced at load with the file and line

    static RuleSetException loadFailure(Path dir) {
        return BrokenRuleSetsTest.loadFailure(dir);
    }

    static int lineOf(String text, String fragment) {
        return BrokenRuleSetsTest.lineOf(text, fragment);
    }

    @Test
    void aSalienceInAStepIsRefused(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "    ruleflow-group \"bareme\"\n", "    ruleflow-group \"bareme\"\n    salience 10\n");
        RuleSetException e = loadFailure(copyWith(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(DRL_FILE);
            assertThat(p.line()).isEqualTo(lineOf(drl, "rule \"exemple.bareme\""));
            assertThat(p.key()).isEqualTo("exemple.bareme");
            assertThat(p.message()).contains("salience");
        });
    }

    @Test
    void aStepThatIsNotALegalStepIsRefused(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "    ruleflow-group \"bareme\"\n", "    ruleflow-group \"barème\"\n");
        RuleSetException e = loadFailure(copyWith(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(drl, "rule \"exemple.bareme\""));
            assertThat(p.message()).contains("'barème' is not a legal step").contains("faits, foyer, conditions");
        });
    }

    @Test
    void aRuleWithoutAStepInASteppedFileIsRefused(@TempDir Path dir) throws IOException {
        String drl = replace(DRL, "    ruleflow-group \"montant\"\n", "");
        RuleSetException e = loadFailure(copyWith(dir, drl));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("exemple.montant");
            assertThat(p.message()).contains("has no step");
        });
    }

    // ---------------------------------------------------------------------------------------------
    // A benefit of persons: the exclusion of one person holds back only that person's later steps

    static final String PER_PERSON = """
            package justedroit.catalog;

            import fr.justedroit.Role;
            import fr.justedroit.rules.Claim;
            import fr.justedroit.rules.Exclusion;
            import fr.justedroit.rules.Explanations;
            import fr.justedroit.rules.Member;
            import fr.justedroit.rules.MonthParameters;
            import fr.justedroit.rules.Verdict;

            global MonthParameters params;
            global Explanations explain;

            rule "parpersonne.demande"
                @legalRef("Code d'exemple art. 10")
                ruleflow-group "faits"
            when
                Member($id : id, role == Role.APPLICANT || role == Role.PARTNER)
            then
                insert(new Claim("parpersonne", $id));
            end

            rule "parpersonne.condition_age"
                @legalRef("Code d'exemple art. 11")
                ruleflow-group "conditions"
            when
                Member($id : id, role == Role.APPLICANT || role == Role.PARTNER, age < 18)
            then
                insert(Exclusion.ineligible(kcontext, "parpersonne", $id));
            end

            rule "parpersonne.montant"
                @legalRef("Code d'exemple art. 12")
                ruleflow-group "decision"
            when
                Member($beneficiary : id, role == Role.APPLICANT || role == Role.PARTNER)
            then
                insert(Verdict.eligible("parpersonne", $beneficiary, java.math.BigDecimal.TEN));
            end
            """;

    @ParameterizedTest(name = "executable model: {0}")
    @ValueSource(booleans = {false, true})
    void theExclusionOfOnePersonHoldsBackOnlyThatPerson(boolean executableModel, @TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("parpersonne"));
        Files.writeString(dir.resolve("parpersonne/parpersonne.drl"), PER_PERSON);
        JusteDroit engine = JusteDroit.builder().ruleSets(dir).executableModel(executableModel).build();
        List<String> fired = new ArrayList<>();
        Response r = engine.decide(Requests.fromJson("""
                {"month": "2024-06", "household": {"persons": [
                 {"id": "a", "role": "applicant", "birthDate": "1980-01-01"},
                 {"id": "b", "role": "partner", "birthDate": "2008-01-01"}]}}"""), fired::add);
        assertThat(r.decision("parpersonne", "a").orElseThrow().amount()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(r.decision("parpersonne", "b").orElseThrow().status()).isEqualTo(Status.INELIGIBLE);
        assertThat(fired).filteredOn("parpersonne.montant"::equals).hasSize(1);
    }
}
