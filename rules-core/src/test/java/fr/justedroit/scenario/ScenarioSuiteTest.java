package fr.justedroit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.DemoRuleSet;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Running scenario files: the report of a failure, JUnit XML, coverage, the file format. */
class ScenarioSuiteTest {
    @TempDir
    static Path dir;
    static JusteDroit engine;
    static Path passing;
    static Path failing;
    static Path malformed;

    static final String PASSING = """
            # Scenarios of the demo benefit; a household reused for several months.
            households:
              adulte:
                persons: [{id: a, role: applicant, birthDate: 1980-01-01}]
                housing: {status: tenant, housingAid: false}
            scenarios:
              - name: adulte 2024
                month: 2024-06
                household: adulte
                source: Code démo art. 1 — 100 €
                expect:
                  - {benefit: demo, status: eligible, amount: 100, reasons: [demo.adulte]}
              - name: adulte 2025, à un euro près
                month: 2025-06
                household: adulte
                source: Code démo art. 1, revalorisation 2025 — 110 €
                notes: the tolerance accepts 109 to 111
                expect:
                  - {benefit: demo, beneficiary: household, status: eligible, amount: 109.5, tolerance: 1}
            """;

    static final String FAILING = """
            households:
              adulte:
                persons: [{id: a, role: applicant, birthDate: 1980-01-01}]
                housing: {status: tenant, housingAid: false}
            scenarios:
              - name: adulte 2024
                month: 2024-06
                household: adulte
                source: Code démo art. 1
                expect:
                  - {benefit: demo, status: eligible, amount: 100}
              - name: adulte 2025 sans la revalorisation
                month: 2025-06
                household: adulte
                source: Code démo art. 1 (valeur 2020, à tort)
                notes: the analyst forgot the 2025 revaluation
                expect:
                  - {benefit: demo, status: eligible, amount: 100, reasons: [demo.mineur]}
            """;

    @BeforeAll
    static void build() {
        DemoRuleSet.write(dir.resolve("rules"));
        engine = JusteDroit.builder().ruleSets(dir.resolve("rules")).build();
        passing = DemoRuleSet.write(dir.resolve("suites/passing.yaml"), PASSING);
        failing = DemoRuleSet.write(dir.resolve("suites/failing.yaml"), FAILING);
        malformed = DemoRuleSet.write(dir.resolve("bad/malformed.yaml"), """
                scenarios:
                  - name: mois invalide
                    month: 2024-13
                    household: {persons: [{id: a, role: applicant, birthDate: 1980-01-01}]}
                    source: nowhere
                    expect: [{benefit: demo, status: eligible}]
                """);
    }

    @Test
    void aPassingFileAndAFailingOne() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(dir.resolve("suites")));

        assertThat(result.passed()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.summary()).isEqualTo("3 passed, 1 failed");
        ScenarioOutcome failure = result.failures().get(0);
        assertThat(failure.scenario().name()).isEqualTo("adulte 2025 sans la revalorisation");
        assertThat(failure.failures()).containsExactly(
                "demo / household: amount expected 100, got 110.00",
                "demo / household: no reason from rule demo.mineur (reasons: demo.adulte)");
        assertThat(failure.firedRules()).containsExactly("demo.adulte");
    }

    @Test
    void theReportNamesScenarioBenefitExpectedGotAndReasons() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(failing));
        String report = ScenarioReport.text(result, engine, ScenarioReport.Options.defaults());

        assertThat(report).contains("failing.yaml: 1 passed, 1 failed")
                .contains("FAILED " + failing + ": adulte 2025 sans la revalorisation (month 2025-06)")
                .contains("  source: Code démo art. 1 (valeur 2020, à tort)")
                .contains("  notes: the analyst forgot the 2025 revaluation")
                .contains("  - demo / household: amount expected 100, got 110.00")
                .contains("  Reasons of demo / household (eligible, 110.00):")
                .contains("     1. Le demandeur est majeur\u00A0: 110,00\u00A0€.  [demo.adulte]")
                .doesNotContain("Full reasoning");
        assertThat(report.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void explainShowsTheFullReasoningAndTheRulesFired() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(failing));
        String report = ScenarioReport.text(result, engine, new ScenarioReport.Options(Language.EN, true, true, true));

        assertThat(report).contains("  ok    adulte 2024")
                .contains("  Full reasoning:")
                .contains("The applicant is an adult: €110.00.")
                .contains("demo.adulte — Code démo art. 1 et 2")
                .contains("· demo.montant = 110 (since 2025-01-01)")
                .contains("  Rules fired, in order:\n    demo.adulte\n");
    }

    @Test
    void coverageNamesTheRulesNeverFiredAndTheirArticles() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(passing));
        RuleCoverage.RuleSetCoverage demo = result.coverage().ruleSet("demo");

        assertThat(demo.rules()).containsEntry("demo.adulte", 2).containsEntry("demo.mineur", 0);
        assertThat(demo.neverFired()).containsExactly("demo.mineur");
        assertThat(demo.articles()).containsOnlyKeys("Code démo art. 1", "Code démo art. 2", "Code démo art. 3");
        assertThat(demo.articlesNeverExercised()).containsExactly("Code démo art. 3");
        assertThat(result.coverage().neverFired()).containsExactly("demo.mineur");
        assertThat(result.coverage().toText(true))
                .contains("demo    1/2   rules fired ( 50 %),   2/3   articles exercised")
                .contains("      never fired:\n        demo.mineur\n")
                .contains("      articles never exercised:\n        Code démo art. 3\n");
        assertThat(result.coverage().toJson())
                .contains("\"ruleSet\" : \"demo\"")
                .contains("\"neverFired\" : [ \"demo.mineur\" ]")
                .contains("\"articlesNeverExercised\" : [ \"Code démo art. 3\" ]")
                .contains("\"demo.adulte\" : 2");
    }

    @Test
    void aMalformedFileIsOneFailureNamingThePath() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(passing, malformed));

        assertThat(result.summary()).isEqualTo("2 passed, 1 failed");
        assertThat(result.fileErrors()).hasSize(1);
        String report = ScenarioReport.text(result, engine, ScenarioReport.Options.defaults());
        assertThat(report).contains("ERROR  " + malformed + ": the file cannot be read as scenarios")
                .contains("scenarios[0].month: '2024-13' is not a month (expected YYYY-MM)");
    }

    @Test
    void aNameFilterRunsOnlyTheScenariosNamed() {
        SuiteResult result = ScenarioSuite.run(engine, List.of(dir.resolve("suites")), s -> s.name().contains("2025"));

        assertThat(result.outcomes()).extracting(o -> o.scenario().name())
                .containsExactly("adulte 2025 sans la revalorisation", "adulte 2025, à un euro près");
    }

    @Test
    void junitXmlIsValidXmlWithTheCounts() throws Exception {
        SuiteResult result = ScenarioSuite.run(engine, List.of(passing, failing, malformed));
        String xml = JUnitXml.xml(result, engine, ScenarioReport.Options.defaults());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element failingSuite = (Element) suites.item(1);
        assertThat(failingSuite.getAttribute("name")).isEqualTo(failing.toString());
        assertThat(failingSuite.getAttribute("tests")).isEqualTo("2");
        assertThat(failingSuite.getAttribute("failures")).isEqualTo("1");
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element f = (Element) failures.item(0);
        assertThat(((Element) f.getParentNode()).getAttribute("name")).isEqualTo("adulte 2025 sans la revalorisation");
        assertThat(f.getAttribute("message")).contains("amount expected 100, got 110.00");
        assertThat(f.getTextContent()).contains("Reasons of demo / household");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(5);
    }

    @Test
    void junitTestsGiveTheSameResults() {
        List<DynamicNode> nodes = ScenarioTests.from(engine, dir.resolve("suites")).toList();
        List<DynamicTest> tests = nodes.stream().flatMap(ScenarioSuiteTest::flatten).toList();
        assertThat(tests).hasSize(4);
        long failed = tests.stream().filter(t -> {
            try {
                t.getExecutable().execute();
                return false;
            } catch (Throwable e) {
                assertThat(e.getMessage()).contains("amount expected 100, got 110.00").contains("Full reasoning");
                return true;
            }
        }).count();
        assertThat(failed).isEqualTo(1);
    }

    @Test
    void withCoverageWritesTheCoverageFileAfterTheScenarios() throws Throwable {
        Path file = dir.resolve("out/coverage.json");
        List<DynamicTest> tests = ScenarioTests.withCoverage(engine, file, passing).flatMap(ScenarioSuiteTest::flatten).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("adulte 2024", "adulte 2025, à un euro près", "rule coverage");
        for (DynamicTest t : tests) {
            t.getExecutable().execute();
        }
        assertThat(java.nio.file.Files.readString(file)).contains("\"neverFired\" : [ \"demo.mineur\" ]");
    }

    private static Stream<DynamicTest> flatten(DynamicNode node) {
        if (node instanceof DynamicContainer c) {
            return c.getChildren().flatMap(ScenarioSuiteTest::flatten);
        }
        return Stream.of((DynamicTest) node);
    }
}
