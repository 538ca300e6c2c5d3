package fr.justedroit.cli;

import fr.justedroit.JusteDroit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How a command builds its engine: the bundled catalog, or rule sets from folders, plus reforms. */
public final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule-set folder to load instead of the bundled catalog (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--reform", paramLabel = "DIR",
            description = "Reform folder: its DRL replace rule files of the same path, its parameters override dated values.")
    List<Path> reforms = new ArrayList<>();

    /** Builds the engine these options name; the bundled catalog alone is compiled once per process. */
    public JusteDroit build() {
        return rules.isEmpty() && reforms.isEmpty() ? bundledCatalog() : builder().build();
    }

    /** A builder with the rule sets and reforms these options name, for a command that sets more options. */
    public JusteDroit.Builder builder() {
        JusteDroit.Builder b = JusteDroit.builder();
        if (rules.isEmpty()) {
            b.catalog();
        } else {
            rules.forEach(b::ruleSets);
        }
        reforms.forEach(b::reform);
        return b;
    }

    /** The bundled catalog is on the classpath and cannot change while the process runs. */
    private static volatile JusteDroit catalog;

    private static JusteDroit bundledCatalog() {
        JusteDroit engine = catalog;
        if (engine == null) {
            synchronized (EngineOptions.class) {
                engine = catalog;
                if (engine == null) {
                    engine = JusteDroit.builder().catalog().build(); // a RuleSetException propagates, nothing is kept
                    catalog = engine;
                }
            }
        }
        return engine;
    }
}
