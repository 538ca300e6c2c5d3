package fr.justedroit.catalog;

import fr.justedroit.scenario.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file of the catalog (one folder per benefit, under scenarios/), one test per scenario. */
class CatalogScenariosTest {

    @TestFactory
    Stream<DynamicNode> catalogScenarios() {
        return ScenarioTests.from(CatalogEngine.get(), Path.of("src/main/resources/justedroit/catalog"));
    }
}
