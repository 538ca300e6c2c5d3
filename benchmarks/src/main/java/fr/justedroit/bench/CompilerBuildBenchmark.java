package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build time of the classic compiler and of the executable model, in a fresh JVM (one shot per fork),
 * on the same rule sets ({@link Engines#executableModelSubset(String, boolean)}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
@State(Scope.Benchmark)
public class CompilerBuildBenchmark {

    @Param({"classic", "executable"})
    public String compiler;

    @Benchmark
    public JusteDroit build() {
        return Engines.executableModelSubset(compiler, true);
    }
}
