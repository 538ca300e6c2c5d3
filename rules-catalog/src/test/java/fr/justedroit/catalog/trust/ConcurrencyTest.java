package fr.justedroit.catalog.trust;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.catalog.CatalogEngine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One engine, 16 threads, 100 000 mixed requests (property {@code justedroit.concurrency.requests}): every concurrent decision is exactly the
 * one the same engine gives to the same request alone (decisions, amounts, reasons and their
 * sentences, compared as the contract's JSON).
 */
class ConcurrencyTest {
    static final int THREADS = 16;
    /** Concurrent decisions. */
    static final int REQUESTS = Integer.getInteger("justedroit.concurrency.requests", 100_000);
    /** Distinct households (each decided alone first); the concurrent requests cycle through them. */
    static final int DISTINCT = 2_000;

    @Test
    void sixteenThreadsGiveExactlyTheSequentialResults() throws Exception {
        JusteDroit engine = CatalogEngine.get();
        long t00 = System.nanoTime();
        List<Request> requests = new ArrayList<>(DISTINCT);
        List<String> sequential = new ArrayList<>(DISTINCT);
        for (int i = 0; i < DISTINCT; i++) {
            Request r = Households.mixed(i);
            requests.add(r);
            sequential.add(engine.toJsonLine(engine.decide(r), Language.FR));
        }
        System.out.printf("%d decisions alone in %d ms%n", DISTINCT, (System.nanoTime() - t00) / 1_000_000);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<String> mismatches = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    // Neighbours in time get different households: a stride that is prime with DISTINCT.
                    int k = (int) ((i * 7919L) % DISTINCT);
                    Response response = engine.decide(requests.get(k));
                    String json = engine.toJsonLine(response, Language.FR);
                    if (i % 4 == 0) {
                        engine.toText(response, Language.EN); // other reads of the engine, interleaved
                    }
                    if (!json.equals(sequential.get(k))) {
                        mismatches.add("request " + i + " (household " + k + "): " + json + "\n  alone: " + sequential.get(k));
                    }
                }
                return mismatches;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> w : workers) {
            mismatches.addAll(w.get());
        }
        System.out.printf("%d concurrent decisions on %d threads in %d ms%n", REQUESTS, THREADS, (System.nanoTime() - t0) / 1_000_000);
        assertThat(next.get()).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(mismatches).as("decisions that differ from the sequential ones").isEmpty();
    }
}
