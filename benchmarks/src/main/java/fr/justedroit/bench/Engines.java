package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.internal.RuleSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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

    /** Only the named rule sets of the catalog (with {@code common}), copied to a temporary folder. */
    public static JusteDroit only(String compiler, boolean reasons, String... ruleSets) {
        return builder(compiler, reasons).ruleSets(copy(false, ruleSets)).build();
    }

    /**
     * The rule sets the executable model can compile today, for the comparison of the two compilers:
     * {@code common}, {@code rsa}, {@code aah} and {@code violence_aid}, with one accumulate of
     * {@code rsa.drl} rewritten in an equivalent form (the executable model does not accept
     * {@code collectList(new MonthAmount($m, $a))}: "not managed in AccumulateVisitor"). The prime
     * d'activité has five such accumulates and is left out. The same folder is compiled by both
     * compilers, so the comparison is fair.
     */
    public static Path executableModelSubset() {
        return copy(true, "rsa", "aah", "violence_aid");
    }

    /** The catalog minus the prime d'activité, whose accumulates the executable model rejects. */
    private static Path copy(boolean patchForExecutableModel, String... ruleSets) {
        Set<String> keep = new java.util.HashSet<>(Set.of(ruleSets));
        keep.add("common");
        RuleSource all = RuleSource.fromClasspath(JusteDroit.CATALOG, Engines.class.getClassLoader());
        try {
            Path dir = Files.createTempDirectory("justedroit-bench");
            for (Map<String, String> files : java.util.List.of(all.drl(), all.parameters(), all.messages())) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    String folder = f.getKey().contains("/") ? f.getKey().substring(0, f.getKey().indexOf('/')) : "";
                    if (keep.contains(folder)) {
                        Path target = dir.resolve(f.getKey());
                        Files.createDirectories(target.getParent());
                        String text = f.getValue();
                        if (patchForExecutableModel && f.getKey().equals("rsa/rsa.drl")) {
                            text = rsaForExecutableModel(text);
                        }
                        Files.writeString(target, text, StandardCharsets.UTF_8);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rsaForExecutableModel(String drl) {
        String old = """
                    accumulate(RsaRessourcesMois($m : month, $a : amount);
                               $months : collectList(new MonthAmount($m, $a)), $n : count())
                    eval($n.intValue() == 3)
                then
                    List<MonthAmount> byMonth = new ArrayList<>($months);""";
        String equivalent = """
                    accumulate($r : RsaRessourcesMois();
                               $rs : collectList($r), $n : count(); $n == 3)
                then
                    List<MonthAmount> byMonth = new ArrayList<>();
                    for (Object o : $rs) {
                        RsaRessourcesMois r = (RsaRessourcesMois) o;
                        byMonth.add(new MonthAmount(r.getMonth(), r.getAmount()));
                    }""";
        if (!drl.contains(old)) {
            throw new IllegalStateException("rsa.drl changed: update Engines.rsaForExecutableModel");
        }
        return drl.replace(old, equivalent);
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
