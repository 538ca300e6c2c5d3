package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module descriptor of justedroit-core (src/main/java/module-info.java), as compiled. */
class ModuleDescriptorTest {
    static final Path CLASSES = Path.of("target", "classes");

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsThePublicPackagesToEveryoneAndNotTheInternalOne() throws IOException {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("fr.justedroit");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("fr.justedroit", "fr.justedroit.rules", "fr.justedroit.scenario",
                        "fr.justedroit.check", "fr.justedroit.synthetic", "fr.justedroit.history");
        // Only the resource folder of the published schemas is open, to everyone; no code package is.
        assertThat(module.opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("justedroit.contract");
            assertThat(o.isQualified()).isFalse();
        });
    }

    @Test
    void everyCompiledPackageButInternalIsExported() throws IOException {
        // A new package is either API (add it to module-info.java and to the test above) or internal.
        Set<String> compiled;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            compiled = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> CLASSES.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        compiled.removeAll(exported);
        assertThat(compiled).containsExactly("fr.justedroit.internal");
    }

    @Test
    void drlsFactsAndLoggingAreReachableOnTheModulePath() throws IOException {
        Set<String> required = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        // slf4j: Drools (automatic modules) logs through it but cannot require it.
        assertThat(required).contains("org.kie.api", "org.drools.compiler", "org.slf4j");
        assertThat(descriptor().requires()).filteredOn(r -> r.name().equals("org.kie.api"))
                .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }
}
