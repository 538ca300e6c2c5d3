package fr.justedroit;

import java.nio.file.Path;

/** Engines for the tests of this module, compiled once: the toy rule set of src/test/resources. */
public final class TestEngines {
    /** The folder of the toy rule set (one benefit, "toy", with a dated maximum). */
    public static final Path TOY = Path.of("src/test/resources/rulesets/toy");
    private static volatile JusteDroit toy;

    private TestEngines() {
    }

    /** The toy engine, built on first use. */
    public static JusteDroit toy() {
        if (toy == null) {
            synchronized (TestEngines.class) {
                if (toy == null) {
                    toy = JusteDroit.builder().ruleSets(TOY).build();
                }
            }
        }
        return toy;
    }
}
