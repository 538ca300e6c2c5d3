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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: the RSA of one household computed by {@link RsaPlainJava} (plain Java, no reasons),
 * next to the engine deciding the RSA alone (the catalog's {@code common} and {@code rsa} rule sets
 * only), with and without reasons. Average time per household.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PlainJavaFloorBenchmark {
    private RsaPlainJava plain;
    private JusteDroit rsaOnly;
    private JusteDroit rsaOnlyWithoutReasons;
    private List<Request> requests;

    @Setup
    public void setUp() {
        rsaOnly = Engines.only("classic", true, "rsa");
        rsaOnlyWithoutReasons = Engines.only("classic", false, "rsa");
        plain = new RsaPlainJava(rsaOnly, EngineState.MONTH);
        requests = Households.generate(42, EngineState.POOL, EngineState.MONTH);
    }

    /** This thread's walk through the households. */
    @State(Scope.Thread)
    public static class Walk {
        int next;

        Request next(PlainJavaFloorBenchmark b) {
            Request r = b.requests.get(next);
            next = (next + 1) & (EngineState.POOL - 1);
            return r;
        }
    }

    @Benchmark
    public RsaPlainJava.Outcome rsaPlainJava(Walk walk) {
        return plain.rsa(walk.next(this));
    }

    @Benchmark
    public Response rsaRuleSet(Walk walk) {
        return rsaOnly.decide(walk.next(this));
    }

    @Benchmark
    public Response rsaRuleSetWithoutReasons(Walk walk) {
        return rsaOnlyWithoutReasons.decide(walk.next(this));
    }
}
