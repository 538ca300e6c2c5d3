package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the engine (every rule set of the catalog compiled) as the first thing a fresh JVM does:
 * one shot per fork, each fork a new JVM. The JVM's own start (about 0.1 s) is not included; the
 * {@link ColdStart} program measures it too.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

    /** The whole catalog with the classic compiler (the executable model does not compile it: see {@link CompilerBuildBenchmark}). */
    @Benchmark
    public JusteDroit build() {
        return Engines.build("precompiled", true);
    }
}
