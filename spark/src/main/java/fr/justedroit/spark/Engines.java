package fr.justedroit.spark;

import fr.justedroit.JusteDroit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engines of an executor's JVM, built once and shared by every partition it decides (building
 * one compiles the rule sets: seconds; deciding a household: a fraction of a millisecond). The rule
 * sets are the catalog on the job's class path; a reform comes with the job ({@link ReformFiles}).
 */
final class Engines {
    /** The law in force, and the law with the reform ({@code null} without one). */
    record Pair(JusteDroit law, JusteDroit reform) {
    }

    private static final ConcurrentMap<String, Pair> BUILT = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private Engines() {
    }

    /** This JVM's engines for {@code reforms}, built by the first partition that asks. */
    static Pair of(ReformFiles reforms) {
        return BUILT.computeIfAbsent(reforms.digest(), k -> build(reforms));
    }

    /** How many pairs this JVM has built (for the tests: once per reform, however many partitions). */
    static int builds() {
        return BUILDS.get();
    }

    private static Pair build(ReformFiles reforms) {
        BUILDS.incrementAndGet();
        JusteDroit law = JusteDroit.builder().catalog().build();
        if (!reforms.any()) {
            return new Pair(law, null);
        }
        try {
            Path folder = Files.createTempDirectory("justedroit-reform-");
            folder.toFile().deleteOnExit();
            JusteDroit.Builder b = JusteDroit.builder().catalog();
            reforms.folders(folder).forEach(b::reform);
            return new Pair(law, b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
