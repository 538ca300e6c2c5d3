package fr.justedroit.bench;

import fr.justedroit.JusteDroit;

/** Builds the engines of the benchmarks from the bundled catalog. */
public final class Engines {
    private Engines() {
    }

    /**
     * Every rule set of the catalog.
     *
     * @param compiler {@code classic} or {@code executable}
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
     * The rule sets the executable model can compile today, for the comparison of the two compilers:
     * {@code common}, {@code rsa}, {@code aah} and {@code violence_aid}. The prime d'activité is left
     * out: the executable model rejects its {@code collectList(new MonthAmount($m, $a))} accumulates
     * ("not managed in AccumulateVisitor"). The same subset is compiled by both compilers, so the
     * comparison is fair.
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
        return JusteDroit.builder()
                .reasons(reasons)
                .executableModel(switch (compiler) {
                    case "classic" -> false;
                    case "executable" -> true;
                    default -> throw new IllegalArgumentException("compiler: classic or executable, not " + compiler);
                });
    }
}
