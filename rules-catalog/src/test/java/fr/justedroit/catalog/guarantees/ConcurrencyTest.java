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
import org.junit.jupiter.api.Test;

/**
 * One engine, 16 threads, mixed requests (the generated households of every composition, month and
 * benefit): every concurrent decision is exactly the one the engine gave the same request alone,
 * decisions, amounts, reasons and their sentences in both languages, compared as the contract's JSON.
 *
 * <p>{@value #DEFAULT_REQUESTS} concurrent requests in the regular run (each household decided twice
 * more, concurrently); {@code -Djustedroit.concurrency.requests=100000} runs the 100 000.
 */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int DEFAULT_REQUESTS = 20_000;
    static final int REQUESTS = Integer.getInteger("justedroit.concurrency.requests", DEFAULT_REQUESTS);

    @Test
    void sixteenThreadsGiveExactlyTheSequentialResults() throws Exception {
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        List<Response> alone = Population.responses();
        int distinct = requests.size();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<String> mismatches = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    // Neighbours in time get unrelated households: a stride prime with the population's size.
                    int k = (int) ((i * 7919L) % distinct);
                    Response response = engine.decide(requests.get(k));
                    if (!response.equals(alone.get(k)) || !Population.json(response).equals(Population.json(alone.get(k)))) {
                        mismatches.add(Population.show(k, "request " + i + " decided on " + Thread.currentThread().getName()
                                + " differs from its decision alone:\n" + engine.toJsonLine(response, Language.FR) + "\nalone:\n"
                                + engine.toJsonLine(alone.get(k), Language.FR), requests.get(k)));
                    }
                }
                return mismatches;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> w : workers) {
            mismatches.addAll(w.get());
        }
        System.out.printf("concurrency: %d decisions on %d threads in %d ms%n", REQUESTS, THREADS, (System.nanoTime() - t0) / 1_000_000);
        assertThat(next.get()).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(mismatches).as("%d concurrent decisions differ from the sequential ones; the first: %s", mismatches.size(),
                mismatches.stream().limit(2).toList()).isEmpty();
    }
}
