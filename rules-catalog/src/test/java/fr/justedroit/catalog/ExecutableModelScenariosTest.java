package fr.justedroit.catalog;

import fr.justedroit.JusteDroit;
import fr.justedroit.scenario.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of the catalog again, with the catalog compiled by the executable model at run
 * time: the same DRL must compile and decide the same in both of Drools' compilers.
 */
class ExecutableModelScenariosTest {

    @TestFactory
    Stream<DynamicNode> catalogScenariosWithTheExecutableModel() {
        JusteDroit engine = JusteDroit.builder().catalog().executableModel(true).build();
        return ScenarioTests.from(engine, Path.of("src/main/resources/justedroit/catalog"));
    }
}
