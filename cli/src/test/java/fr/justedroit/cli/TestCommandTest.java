package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** justedroit test: the report, the exit status, JUnit XML, coverage. Each run builds its engine (seconds). */
class TestCommandTest {
    static final String SUITE = """
            households:
              adulte:
                persons: [{id: a, role: applicant, birthDate: 1980-01-01}]
                housing: {status: tenant, housingAid: false}
            scenarios:
              - name: adulte 2024
                month: 2024-06
                household: adulte
                source: Code démo art. 1 — 100 €
                expect: [{benefit: demo, status: eligible, amount: 100}]
              - name: adulte 2025 sans la revalorisation
                month: 2025-06
                household: adulte
                source: Code démo art. 1 (valeur 2020, à tort)
                expect: [{benefit: demo, status: eligible, amount: 100}]
            """;

    @TempDir
    Path dir;

    @Test
    void aFailingScenarioGivesTheReportTheFilesAndExitStatusOne() throws Exception {
        Path rules = DemoRules.write(dir.resolve("rules"));
        Path suite = DemoRules.write(dir.resolve("suites/demo.yaml"), SUITE);
        Path xml = dir.resolve("out/junit.xml");
        Path coverage = dir.resolve("out/coverage.json");

        Cli run = Cli.run("test", "--rules", rules.toString(), "--junit-xml", xml.toString(),
                "--coverage", "--coverage-file", coverage.toString(), dir.resolve("suites").toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.FAILED);
        assertThat(run.out()).contains(suite + ": 1 passed, 1 failed")
                .contains("FAILED " + suite + ": adulte 2025 sans la revalorisation (month 2025-06)")
                .contains("  source: Code démo art. 1 (valeur 2020, à tort)")
                .contains("  - demo / household: amount expected 100, got 110.00")
                .contains("  Reasons of demo / household (eligible, 110.00):")
                .contains("Le demandeur est majeur\u00A0: 110,00\u00A0€.  [demo.adulte]")
                .contains("demo    1/2   rules fired ( 50 %),   2/3   articles exercised")
                .contains("      never fired:\n        demo.mineur\n")
                .contains("      articles never exercised:\n        Code démo art. 3\n")
                .contains("(--explain prints the full reasoning of each failure)");
        assertThat(run.lastLine()).isEqualTo("1 passed, 1 failed");
        assertThat(run.out()).endsWith("\n1 passed, 1 failed\n");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(Files.readString(coverage)).contains("\"neverFired\" : [ \"demo.mineur\" ]");
    }

    @Test
    void explainAndAPassingRun() {
        Path rules = DemoRules.write(dir.resolve("rules"));
        Path suite = DemoRules.write(dir.resolve("demo.yaml"), SUITE);

        Cli explained = Cli.run("test", "--rules", rules.toString(), "--explain", "--lang", "en", suite.toString());
        assertThat(explained.out()).contains("  Full reasoning:")
                .contains("The applicant is an adult: €110.00.")
                .contains("demo.adulte — Code démo art. 1 et 2")
                .contains("· demo.montant = 110 (since 2025-01-01)")
                .contains("  Rules fired, in order:")
                .doesNotContain("--explain prints");
        assertThat(explained.lastLine()).isEqualTo("1 passed, 1 failed");

        Cli passing = Cli.run("test", "--rules", rules.toString(), "--name", "adulte 2024", suite.toString());
        assertThat(passing.status()).isEqualTo(Main.OK);
        assertThat(passing.lastLine()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aMalformedFileExitsWithStatusTwo() {
        Path rules = DemoRules.write(dir.resolve("rules"));
        Path bad = DemoRules.write(dir.resolve("bad.yaml"), "scenarios:\n  - name: x\n    month: 2024-06\n");

        Cli run = Cli.run("test", "--rules", rules.toString(), bad.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).contains("ERROR  " + bad + ": the file cannot be read as scenarios")
                .contains("scenarios[0].household: missing");
        assertThat(run.lastLine()).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void aRequestThatBreaksTheContractOrAnUnknownBenefitMakesAnInvalidFile() {
        Path rules = DemoRules.write(dir.resolve("rules"));
        String scenario = "  - {name: %s, month: 2024-06, source: s, expect: [{benefit: %s}],\n"
                + "     household: {persons: [{id: a, role: applicant, birthDate: %s}]}}\n";
        Path bad = DemoRules.write(dir.resolve("contract.yaml"), "scenarios:\n"
                + scenario.formatted("a", "demo", "1990-01-01") + scenario.formatted("b", "demo", "1990-01-01")
                + scenario.formatted("c", "demo", "1990-01-01") + scenario.formatted("d", "demo", "2025-01-01"));
        Cli run = Cli.run("test", "--rules", rules.toString(), bad.toString());
        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).contains("scenarios[3].household.persons[0].birthDate: born on 2025-01-01");

        Path typo = DemoRules.write(dir.resolve("typo.yaml"), "scenarios:\n" + scenario.formatted("a", "rsaa", "1990-01-01"));
        Cli wrong = Cli.run("test", "--rules", rules.toString(), typo.toString());
        assertThat(wrong.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(wrong.out()).contains("scenarios[0].expect[0].benefit: 'rsaa' is not a benefit of the rule sets");
    }

    @Test
    void aMissingPathExitsWithStatusTwoWithoutBuilding() {
        Cli run = Cli.run("test", dir.resolve("nothing-here").toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("nothing-here: no such file or folder");
        assertThat(run.lastLine()).isEqualTo("0 passed, 0 failed");
    }

    @Test
    void theCatalogsRsaExamplesPass() {
        Cli run = Cli.run("test", "../rules-catalog/src/main/resources/justedroit/catalog/rsa/scenarios/exemples_calcules.yaml");

        assertThat(run.status()).as(run.out()).isEqualTo(Main.OK);
        assertThat(run.lastLine()).isEqualTo("11 passed, 0 failed");
    }
}
