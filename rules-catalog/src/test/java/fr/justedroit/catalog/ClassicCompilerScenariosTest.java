package fr.justedroit.catalog;

import fr.justedroit.JusteDroit;
import fr.justedroit.scenario.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of the catalog again, with the catalog compiled at run time by the classic DRL
 * compiler (the compiler of {@code --rules} folders and reforms), while {@link CatalogScenariosTest}
 * runs the executable model compiled at build time: the same DRL decides the same in both.
 */
class ClassicCompilerScenariosTest {

    @TestFactory
    Stream<DynamicNode> catalogScenariosWithTheClassicCompiler() {
        JusteDroit engine = JusteDroit.builder().catalog().precompiled(false).build();
        return ScenarioTests.from(engine, Path.of("src/main/resources/justedroit/catalog"));
    }
}
