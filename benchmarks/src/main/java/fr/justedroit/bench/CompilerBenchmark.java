package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classic DRL compiler against the executable model compiled at start-up, on the same rule sets (the
 * part of the catalog the executable model accepts, {@link Engines#executableModelSubset(String, boolean)}): the time
 * of one decision. The build times are {@link CompilerBuildBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CompilerBenchmark {

    @Param({"classic", "executable"})
    public String compiler;

    private JusteDroit engine;
    private List<Request> requests;
    private int next;

    @Setup
    public void setUp() {
        engine = Engines.executableModelSubset(compiler, true);
        requests = Households.generate(42, EngineState.POOL, EngineState.MONTH);
    }

    @Benchmark
    public Response decide() {
        Request r = requests.get(next);
        next = (next + 1) & (EngineState.POOL - 1);
        return engine.decide(r);
    }
}
