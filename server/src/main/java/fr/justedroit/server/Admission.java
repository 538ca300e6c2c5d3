package fr.justedroit.server;

import java.util.concurrent.Semaphore;

/**
 * Bounds the work in progress: at most {@code concurrent} requests are decided at once and at most
 * {@code queued} more wait for their turn; any further request is refused at once (503) instead of
 * piling up threads and memory.
 */
final class Admission {
    private final Semaphore admitted;
    private final Semaphore deciding;
    private final int capacity;

    Admission(int concurrent, int queued) {
        this.capacity = concurrent + queued;
        this.admitted = new Semaphore(capacity);
        this.deciding = new Semaphore(concurrent, true);
    }

    /** A turn to decide, or {@code null} when the service is full. Close it when done. */
    Turn enter() throws InterruptedException {
        // The turn exists before a permit is taken: nothing can fail between taking the permits and
        // handing over what gives them back (a turn lost there would shrink the service for good).
        Turn turn = new Turn();
        if (!admitted.tryAcquire()) {
            return null;
        }
        try {
            deciding.acquire();
        } catch (InterruptedException | RuntimeException | Error e) {
            admitted.release();
            throw e;
        }
        return turn;
    }

    /** How many requests may be in the service at once (deciding and waiting). */
    int capacity() {
        return capacity;
    }

    /** One admitted request's turn. */
    final class Turn implements AutoCloseable {
        private boolean closed;

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                deciding.release();
                admitted.release();
            }
        }
    }
}
