package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import java.time.YearMonth;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine with the bundled catalog, built once per trial, and a pool of generated households that
 * the benchmark methods cycle through (so that the JIT does not see one household only).
 */
@State(Scope.Benchmark)
public class EngineState {
    /** The decision month of every generated household. */
    public static final YearMonth MONTH = YearMonth.of(2025, 6);
    /** Distinct households cycled through by the per-household benchmarks. */
    public static final int POOL = 4096;

    public JusteDroit engine;
    public List<Request> requests;

    @Setup
    public void setUp() {
        engine = Engines.build("precompiled", true);
        requests = Households.generate(42, POOL, MONTH);
    }

    /** The next household of this thread's walk through the pool. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        public Request next(EngineState state) {
            Request r = state.requests.get(next);
            next = (next + 1) & (POOL - 1);
            return r;
        }
    }
}
