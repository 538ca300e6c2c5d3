package fr.justedroit.catalog.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * One engine, 16 threads, mixed requests (the generated households of every composition, month and
 * benefit): every concurrent decision is exactly the one the engine gave the same request alone
 * (the records: decisions, amounts, reasons with their values and dated parameters; and, for one
 * request in eight, the contract's JSON with its sentences in both languages).
 *
 * <p>The regular run makes 100 000 concurrent requests over the 10 000 generated households (each
 * household decided ten times, interleaved across the threads; the first concurrent evaluation of each
 * is also the determinism property of {@link LawPropertiesTest});
 * {@code -Djustedroit.concurrency.requests=N} changes the count.
 */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int REQUESTS = Integer.getInteger("justedroit.concurrency.requests", 100_000);

    /** The concurrent run, made once for every test that reads it. */
    static final class Run {
        static final List<String> MISMATCHES = java.util.Collections.synchronizedList(new ArrayList<>());
        static final AtomicInteger DONE = new AtomicInteger();
        static AtomicIntegerArray evaluations;
        private static boolean ran;

        static synchronized void run() throws Exception {
            if (ran) {
                return;
            }
            ran = true;
            JusteDroit engine = Population.engine();
            List<Request> requests = Population.requests();
            List<Response> alone = Population.responses();
            int distinct = requests.size();
            evaluations = new AtomicIntegerArray(distinct);
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                        // Neighbours in time get unrelated households: a stride prime with the population's size.
                        int k = (int) ((i * 7919L) % distinct);
                        Response response = engine.decide(requests.get(k));
                        boolean same = response.equals(alone.get(k))
                                && (i % 8 != 0 || Population.json(response).equals(Population.json(alone.get(k))));
                        if (!same) {
                            MISMATCHES.add(Population.show(k, "request " + i + " decided on " + Thread.currentThread().getName()
                                    + " differs from its decision alone:\n" + engine.toJsonLine(response, Language.FR) + "\nalone:\n"
                                    + engine.toJsonLine(alone.get(k), Language.FR), requests.get(k)));
                        }
                        evaluations.incrementAndGet(k);
                        DONE.incrementAndGet();
                    }
                    return null;
                }));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
            for (Future<?> w : workers) {
                w.get();
            }
            System.out.printf("concurrency: %d decisions on %d threads in %d ms%n", REQUESTS, THREADS, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Test
    void sixteenThreadsGiveExactlyTheSequentialResults() throws Exception {
        Run.run();
        assertThat(Run.DONE.get()).isEqualTo(REQUESTS);
        assertThat(Run.MISMATCHES).as("%d concurrent decisions differ from the sequential ones; the first: %s",
                Run.MISMATCHES.size(), Run.MISMATCHES.stream().limit(2).toList()).isEmpty();
    }
}
