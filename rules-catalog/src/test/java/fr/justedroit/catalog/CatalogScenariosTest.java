package fr.justedroit.catalog;

import fr.justedroit.scenario.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file of the catalog (one folder per benefit, under scenarios/), one test per scenario;
 * then the rule coverage, written to target/justedroit-coverage.json for the CI to keep.
 */
class CatalogScenariosTest {

    @TestFactory
    Stream<DynamicNode> catalogScenarios() {
        return ScenarioTests.withCoverage(CatalogEngine.get(), Path.of("target/justedroit-coverage.json"),
                Path.of("src/main/resources/justedroit/catalog"));
    }
}
