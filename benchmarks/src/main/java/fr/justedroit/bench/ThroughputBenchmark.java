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
 * Households decided per second, each by {@code engine.decide(request)}, every benefit of the catalog,
 * with reasons recorded or not; JMH's {@code -t 1} or {@code -t 2} threads share one engine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ThroughputBenchmark {

    /** Whether decisions carry their reasons ({@code JusteDroit.Builder#reasons}). */
    @Param({"true", "false"})
    public boolean reasons;

    private JusteDroit engine;
    private List<Request> requests;

    @Setup
    public void setUp() {
        engine = Engines.build("precompiled", reasons);
        requests = Households.generate(42, EngineState.POOL, EngineState.MONTH);
    }

    /** This thread's walk through the households. */
    @State(Scope.Thread)
    public static class Walk {
        private int next;

        Request next(ThroughputBenchmark b) {
            Request r = b.requests.get(next);
            next = (next + 1) & (EngineState.POOL - 1);
            return r;
        }
    }

    @Benchmark
    public Response decide(Walk walk) {
        return engine.decide(walk.next(this));
    }
}
