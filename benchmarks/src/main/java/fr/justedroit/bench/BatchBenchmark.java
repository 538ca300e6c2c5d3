package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch of 10 000 generated households through the public API, on 1 or 2 threads: the time of the
 * whole batch (households per second = 10 000 ÷ the time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
    public static final int BATCH = 10_000;

    @Param({"1", "2"})
    public int threads;

    private JusteDroit engine;
    private List<Request> batch;
    private ExecutorService pool;

    @Setup
    public void setUp() {
        engine = Engines.build("precompiled", true);
        batch = Households.generate(7, BATCH, EngineState.MONTH);
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /** Each thread decides a contiguous slice with {@code engine.decide}. */
    @Benchmark
    public List<Response> decideEach() throws InterruptedException, ExecutionException {
        int slice = (BATCH + threads - 1) / threads;
        List<Future<List<Response>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Request> mine = batch.subList(t * slice, Math.min(BATCH, (t + 1) * slice));
            parts.add(pool.submit(() -> {
                List<Response> out = new ArrayList<>(mine.size());
                for (Request r : mine) {
                    out.add(engine.decide(r));
                }
                return out;
            }));
        }
        List<Response> all = new ArrayList<>(BATCH);
        for (Future<List<Response>> f : parts) {
            all.addAll(f.get());
        }
        return all;
    }
}
