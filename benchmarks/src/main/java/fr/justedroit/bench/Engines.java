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
                        Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                    }
                }
            }
            return builder(compiler, reasons).ruleSets(dir).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
