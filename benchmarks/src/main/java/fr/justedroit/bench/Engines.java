package fr.justedroit.bench;

import fr.justedroit.JusteDroit;

/** Builds the engines of the benchmarks from the bundled catalog. */
public final class Engines {
    private Engines() {
    }

    /**
     * Every rule set of the catalog.
     *
     * @param compiler {@code precompiled} (the executable model the build bundles: what
     *     {@code catalog()} gives), {@code classic} or {@code executable} (compiled at start-up)
     * @param reasons whether decisions record their reasons
     */
    public static JusteDroit build(String compiler, boolean reasons) {
        return builder(compiler, reasons).catalog().build();
    }

    /** Only the named rule sets of the catalog (with {@code common}). */
    public static JusteDroit only(String compiler, boolean reasons, String... ruleSets) {
        return builder(compiler, reasons).catalog().only(withCommon(ruleSets)).build();
    }

    /**
     * {@code common}, {@code rsa}, {@code aah} and {@code violence_aid}: the subset of the earlier
     * comparison of the two compilers, made when the executable model still rejected the prime
     * d'activité's accumulates (kept so that the figures of the README can be reproduced).
     */
    public static JusteDroit executableModelSubset(String compiler, boolean reasons) {
        return only(compiler, reasons, "rsa", "aah", "violence_aid");
    }

    private static String[] withCommon(String... ruleSets) {
        String[] all = java.util.Arrays.copyOf(ruleSets, ruleSets.length + 1);
        all[ruleSets.length] = "common";
        return all;
    }

    private static JusteDroit.Builder builder(String compiler, boolean reasons) {
        JusteDroit.Builder b = JusteDroit.builder().reasons(reasons);
        return switch (compiler) {
            case "precompiled" -> b;
            case "classic" -> b.precompiled(false).executableModel(false);
            case "executable" -> b.precompiled(false).executableModel(true);
            default -> throw new IllegalArgumentException("compiler: precompiled, classic or executable, not " + compiler);
        };
    }
}
