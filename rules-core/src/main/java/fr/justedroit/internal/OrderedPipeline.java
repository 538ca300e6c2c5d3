package fr.justedroit.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies {@code work} to each input on a pool of threads and gives the outputs in the order of the
 * inputs. At most {@code window} inputs are in flight (taken from the source, output not yet taken):
 * memory stays bounded whatever the number of inputs. The source is read, and the outputs taken, on
 * the caller's thread only. Not thread-safe: one caller iterates; {@link #close()} stops the threads.
 */
public final class OrderedPipeline<I, O> implements Iterator<O>, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends I> source;
    private final Function<? super I, ? extends O> work;
    private final int window;
    private final ExecutorService pool;
    private final ArrayDeque<Future<? extends O>> inFlight;

    public OrderedPipeline(Iterator<? extends I> source, Function<? super I, ? extends O> work, int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        this.source = source;
        this.work = work;
        this.window = window;
        this.inFlight = new ArrayDeque<>(window);
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads("justedroit-batch-" + POOLS.incrementAndGet() + "-"));
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    /** Whether the next output is ready, so that taking it will not wait (false when there is none). */
    public boolean nextIsReady() {
        fill();
        Future<? extends O> head = inFlight.peek();
        return head != null && head.isDone();
    }

    /**
     * The next output, in the order of the inputs; waits for it if needed. An exception thrown by
     * {@code work} is thrown here, in its place.
     */
    @Override
    public O next() {
        fill();
        Future<? extends O> head = inFlight.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        fill();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch entry", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the worker threads; entries still in flight are dropped. */
    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        pool.shutdownNow();
    }

    private void fill() {
        while (inFlight.size() < window && source.hasNext()) {
            I input = source.next();
            inFlight.add(pool.submit(() -> work.apply(input)));
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true); // a batch stream left open never keeps the JVM alive
            return t;
        };
    }
}
