package fr.justedroit.server;

/**
 * How much the service accepts at once, so that one client cannot exhaust the machine.
 *
 * @param maxRequestBytes the largest body of {@code /decide}, {@code /decide/text} and {@code /sweep},
 *     and the longest line of {@code /batch}, in bytes (default 1 MiB, the library's request limit);
 *     larger gets 413
 * @param maxBatchBytes the largest body of {@code /batch}, in bytes (default 256 MiB; the batch is
 *     streamed, so this bounds its time, not the memory)
 * @param maxConcurrent how many requests are decided at the same time (default: twice the cores)
 * @param maxQueued how many more wait for their turn (default 256); beyond, 503 (the bodies in memory are
 *     bounded by {@code (maxConcurrent + maxQueued) × maxRequestBytes})
 * @param maxSweepPoints the most points of one {@code /sweep} (default 601)
 */
public record ServerLimits(int maxRequestBytes, long maxBatchBytes, int maxConcurrent, int maxQueued, int maxSweepPoints) {
    /** The defaults. */
    public static final ServerLimits DEFAULT = new ServerLimits(1 << 20, 256L << 20,
            2 * Runtime.getRuntime().availableProcessors(), 256, 601);

    public ServerLimits {
        positive("maxRequestBytes", maxRequestBytes);
        positive("maxBatchBytes", maxBatchBytes);
        positive("maxConcurrent", maxConcurrent);
        positive("maxSweepPoints", maxSweepPoints);
        if (maxQueued < 0) {
            throw new IllegalArgumentException("maxQueued must be 0 or more, not " + maxQueued);
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    /** These limits with another largest request, in bytes. */
    public ServerLimits withMaxRequestBytes(int bytes) {
        return new ServerLimits(bytes, maxBatchBytes, maxConcurrent, maxQueued, maxSweepPoints);
    }

    /** These limits with another largest batch, in bytes. */
    public ServerLimits withMaxBatchBytes(long bytes) {
        return new ServerLimits(maxRequestBytes, bytes, maxConcurrent, maxQueued, maxSweepPoints);
    }

    /** These limits with other numbers of requests decided at once and waiting. */
    public ServerLimits withConcurrency(int concurrent, int queued) {
        return new ServerLimits(maxRequestBytes, maxBatchBytes, concurrent, queued, maxSweepPoints);
    }
}
