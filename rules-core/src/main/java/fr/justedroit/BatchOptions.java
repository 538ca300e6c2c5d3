package fr.justedroit;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How a batch runs.
 *
 * @param threads the worker threads that read, decide and write entries (default: the available processors)
 * @param window the most entries in flight at once, read but not yet written: what bounds the memory a
 *     batch holds, whatever its size (default: 16 per thread)
 * @param language the language of the reasons' sentences in JSON output
 * @param defaultMonth the month of requests that give none, or {@code null} (then the month is required)
 * @param limits the size and depth limits of each request read from JSON
 */
public record BatchOptions(int threads, int window, Language language, YearMonth defaultMonth, RequestLimits limits) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("the window (" + window + ") must hold at least one entry per thread (" + threads + ")");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(limits, "limits");
    }

    /** Every processor, 16 entries in flight per thread, French, no default month, the default limits. */
    public static BatchOptions defaults() {
        return ONE_THREAD.withThreads(Runtime.getRuntime().availableProcessors());
    }

    private static final BatchOptions ONE_THREAD =
            new BatchOptions(1, 16, Language.FR, null, RequestLimits.DEFAULT);

    /** These options with {@code n} threads, and a window of 16 entries per thread. */
    public BatchOptions withThreads(int n) {
        return new BatchOptions(n, Math.multiplyExact(n, 16), language, defaultMonth, limits);
    }

    /** These options with at most {@code entries} in flight. */
    public BatchOptions withWindow(int entries) {
        return new BatchOptions(threads, entries, language, defaultMonth, limits);
    }

    /** These options with the reasons' sentences in {@code lang}. */
    public BatchOptions withLanguage(Language lang) {
        return new BatchOptions(threads, window, lang, defaultMonth, limits);
    }

    /** These options with a month for requests that give none. */
    public BatchOptions withDefaultMonth(YearMonth month) {
        return new BatchOptions(threads, window, language, month, limits);
    }

    /** These options with other request limits. */
    public BatchOptions withLimits(RequestLimits requestLimits) {
        return new BatchOptions(threads, window, language, defaultMonth, requestLimits);
    }
}
