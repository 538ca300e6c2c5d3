package fr.justedroit.internal;

import fr.justedroit.JusteDroit;
import java.nio.file.Path;

/** Builds an engine on the rule sets of the folder named in {@code args[0]}, in a JVM of its own. */
public final class DroolsLogProbe {
    private DroolsLogProbe() {
    }

    public static void main(String[] args) {
        JusteDroit.builder().ruleSets(Path.of(args[0])).build();
        System.out.println("built");
    }
}
