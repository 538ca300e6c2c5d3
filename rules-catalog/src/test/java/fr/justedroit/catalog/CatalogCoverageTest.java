package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.scenario.RuleCoverage;
import fr.justedroit.scenario.ScenarioSuite;
import fr.justedroit.scenario.SuiteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog's own suites: enough scenarios per benefit, and every rule reached. */
class CatalogCoverageTest {
    static final Path CATALOG = Path.of("src/main/resources/justedroit/catalog");
    static SuiteResult result;

    @BeforeAll
    static void run() {
        result = ScenarioSuite.run(CatalogEngine.get(), List.of(CATALOG));
    }

    @Test
    void everyScenarioPasses() {
        assertThat(result.failed()).as(result.summary()).isZero();
    }

    @Test
    void theSuitesReachEveryRuleAndEveryArticle() {
        RuleCoverage coverage = result.coverage();
        assertThat(coverage.neverFired()).as(coverage.toText(true)).isEmpty();
        for (RuleCoverage.RuleSetCoverage set : coverage.ruleSets()) {
            assertThat(set.articlesNeverExercised()).as(set.ruleSet()).isEmpty();
        }
    }

    @Test
    void atLeastThirtyScenariosPerBenefitEachWithItsSource() {
        Map<String, Integer> perRuleSet = new TreeMap<>();
        result.outcomes().forEach(o -> {
            Path file = CATALOG.relativize(Path.of(o.scenario().file()));
            perRuleSet.merge(file.getName(0).toString(), 1, Integer::sum);
            assertThat(o.scenario().source()).as(o.scenario().id()).isNotBlank();
        });
        for (RuleCoverage.RuleSetCoverage set : result.coverage().ruleSets()) {
            if (!set.ruleSet().equals("common") && Files.isDirectory(CATALOG.resolve(set.ruleSet()))) {
                assertThat(perRuleSet.getOrDefault(set.ruleSet(), 0)).as("scenarios of " + set.ruleSet()).isGreaterThanOrEqualTo(30);
            }
        }
    }
}
