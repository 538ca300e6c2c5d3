package fr.justedroit.examples.population;

import fr.justedroit.JusteDroitException;
import fr.justedroit.Request;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs a synthetic population through one or more engines, on several threads, and gathers per-thread
 * results that are merged at the end. Each household depends only on the seed and its index, so the
 * result is the same whatever the number of threads.
 *
 * @param <A> what one thread gathers (see {@link Work})
 */
final class PopulationRun<A> {
    /** Households taken at once by a thread. */
    private static final int CHUNK = 64;
    /** The first failures kept for the report. */
    static final int KEPT_FAILURES = 5;

    /** What each thread does with its households. */
    interface Work<A> {
        /** Decides one household and adds its decisions to {@code into}. */
        void accept(A into, Request household);

        /** Adds {@code other} (another thread's result) to {@code into}. */
        void merge(A into, A other);
    }

    record Outcome<A>(A result, long decided, List<Failure> failures, long failureCount, Duration elapsed) {
    }

    private final HouseholdGenerator generator;
    private final java.time.YearMonth month;
    private final long households;
    private final int threads;
    private final AtomicLong done = new AtomicLong();

    PopulationRun(HouseholdGenerator generator, java.time.YearMonth month, long households, int threads) {
        if (households < 0) {
            throw new IllegalArgumentException("the number of households must be zero or more");
        }
        this.generator = generator;
        this.month = month;
        this.households = households;
        this.threads = Math.max(1, threads);
    }

    /** How many households are done so far (for a progress bar, from any thread). */
    long done() {
        return done.get();
    }

    Outcome<A> run(Supplier<A> fresh, Work<A> work) {
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        AtomicLong failureCount = new AtomicLong();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "justedroit-simulation");
            t.setDaemon(true);
            return t;
        });
        List<Future<A>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                A mine = fresh.get();
                long from;
                while ((from = next.getAndAdd(CHUNK)) < households) {
                    long to = Math.min(households, from + CHUNK);
                    for (long i = from; i < to; i++) {
                        try {
                            work.accept(mine, generator.household(i, month));
                        } catch (JusteDroitException e) {
                            if (failureCount.incrementAndGet() <= KEPT_FAILURES) {
                                failures.add(new Failure(i, e.getMessage()));
                            }
                        }
                        done.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        A total = fresh.get();
        try {
            for (Future<A> part : parts) {
                work.merge(total, part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<Failure> kept = new ArrayList<>(failures);
        kept.sort(java.util.Comparator.comparingLong(Failure::index));
        return new Outcome<>(total, households - failureCount.get(), List.copyOf(kept), failureCount.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
