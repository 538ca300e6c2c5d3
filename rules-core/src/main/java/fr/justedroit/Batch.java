package fr.justedroit;

import fr.justedroit.internal.OrderedPipeline;
import fr.justedroit.internal.ResponseJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decides a stream of requests on several threads and gives the results in the order of the entries,
 * in constant memory: at most {@link BatchOptions#window()} entries are in flight, whatever the size of
 * the input. Each entry is read ({@link Requests#fromJson}), decided and, for JSON Lines output, written
 * to bytes on a worker thread; the caller's thread reads the source and emits the results in order.
 * An entry that breaks the contract gives its error, with its line, and the others are decided.
 *
 * <pre>{@code
 * Batch batch = engine.batch(BatchOptions.defaults().withLanguage(Language.EN));
 * try (InputStream in = Files.newInputStream(path); OutputStream out = ...) {
 *     BatchSummary summary = batch.writeJsonLines(BatchEntry.jsonLines(in, RequestLimits.DEFAULT), out);
 * }
 * try (Stream<BatchResult> results = batch.results(myEntries)) {      // or as objects, in order
 *     results.forEach(r -> ...);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: each call runs its own worker threads, stopped when the call returns
 * (for {@link #results}, when the stream is consumed or closed).
 */
public final class Batch {
    private static final byte[] LINE_SEPARATOR = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

    private final Supplier<JusteDroit> engine;
    private final BatchOptions options;

    private Batch(Supplier<JusteDroit> engine, BatchOptions options) {
        this.engine = engine;
        this.options = Objects.requireNonNull(options, "options");
    }

    static Batch of(JusteDroit engine, BatchOptions options) {
        Objects.requireNonNull(engine, "engine");
        return new Batch(() -> engine, options);
    }

    /**
     * A batch whose engine is built only when an entry that reads as a request needs it: entries that
     * do not read (bad JSON, a field of the wrong type...) are refused without waiting for the rule
     * sets to compile, and a batch of such entries never compiles them. The supplier is called at most
     * once; if it throws (a {@link RuleSetException}), the batch call throws it.
     */
    public static Batch lazy(Supplier<JusteDroit> engine, BatchOptions options) {
        return new Batch(new Once(Objects.requireNonNull(engine, "engine")), options);
    }

    /** The options of this batch. */
    public BatchOptions options() {
        return options;
    }

    /**
     * Every entry's result, in the order of the entries, computed ahead on the worker threads. Close
     * the stream (try-with-resources) if it may not be consumed to the end.
     */
    public Stream<BatchResult> results(Iterator<? extends BatchEntry> entries) {
        OrderedPipeline<BatchEntry, BatchResult> pipeline = pipeline(entries, this::decide);
        Iterator<BatchResult> closing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = pipeline.hasNext();
                if (!more) {
                    pipeline.close();
                }
                return more;
            }

            @Override
            public BatchResult next() {
                return pipeline.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(closing, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(pipeline::close);
    }

    /**
     * Writes one line of JSON per entry to {@code out}, in the order of the entries: the contract's
     * response (reasons in {@link BatchOptions#language()}), or an error object
     * {@code {"error": {"line", "message", "errors": [{path, problem, expected}]}}}. Output is flushed
     * whenever the next line is not ready yet, so a reader downstream gets each line without delay.
     * The stream is not closed.
     *
     * @return how many entries were decided, refused and failed
     * @throws IOException if {@code out} cannot be written
     */
    public BatchSummary writeJsonLines(Iterator<? extends BatchEntry> entries, OutputStream out) throws IOException {
        BatchSummary summary = new BatchSummary(0, 0, 0);
        try (OrderedPipeline<BatchEntry, Written> pipeline = pipeline(entries, e -> written(decide(e)))) {
            while (pipeline.hasNext()) {
                if (!pipeline.nextIsReady()) {
                    out.flush();
                }
                Written w = pipeline.next();
                out.write(w.bytes());
                summary = summary.plus(w.outcome());
            }
        }
        out.flush();
        return summary;
    }

    /** One entry's result, as it will be written. */
    private record Written(BatchResult.Outcome outcome, byte[] bytes) {
    }

    private <O> OrderedPipeline<BatchEntry, O> pipeline(Iterator<? extends BatchEntry> entries,
            java.util.function.Function<BatchEntry, O> work) {
        return new OrderedPipeline<>(Objects.requireNonNull(entries, "entries"), work, options.threads(), options.window());
    }

    private BatchResult decide(BatchEntry entry) {
        long line = entry.line();
        Request request;
        try {
            request = read(entry);
        } catch (InvalidRequestException e) {
            return refused(line, e);
        }
        JusteDroit decider = engine.get(); // outside the try: rule sets that do not load end the batch
        try {
            return new BatchResult(line, BatchResult.Outcome.DECIDED, decider.decide(request), null, List.of());
        } catch (InvalidRequestException e) {
            return refused(line, e);
        } catch (RuntimeException e) {
            // An EvaluationException, or a failure of the rules' own code: this entry fails, the others go on.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new BatchResult(line, BatchResult.Outcome.FAILED, null, "the rules could not decide line " + line + ": " + why, List.of());
        }
    }

    private Request read(BatchEntry entry) {
        if (entry instanceof BatchEntry.Json json) {
            return Requests.fromJson(json.json(), options.defaultMonth(), options.limits());
        }
        if (entry instanceof BatchEntry.Parsed parsed) {
            return parsed.request();
        }
        throw new InvalidRequestException(((BatchEntry.Unreadable) entry).errors());
    }

    private static BatchResult refused(long line, InvalidRequestException e) {
        return new BatchResult(line, BatchResult.Outcome.REFUSED, null, "line " + line + " breaks the contract", e.errors());
    }

    private Written written(BatchResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            if (result.outcome() == BatchResult.Outcome.DECIDED) {
                engine.get().writeJsonLine(result.response(), options.language(), bytes);
            } else {
                ResponseJson.errorLine(result.message(), result.errors(), result.line(), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        bytes.writeBytes(LINE_SEPARATOR);
        return new Written(result.outcome(), bytes.toByteArray());
    }

    /** Calls a supplier once, from whichever thread asks first; the others wait for its result. */
    private static final class Once implements Supplier<JusteDroit> {
        private final Supplier<JusteDroit> supplier;
        private volatile JusteDroit value;
        private RuntimeException failure;

        Once(Supplier<JusteDroit> supplier) {
            this.supplier = supplier;
        }

        @Override
        public JusteDroit get() {
            JusteDroit v = value;
            if (v != null) {
                return v;
            }
            synchronized (this) {
                if (value == null) {
                    if (failure != null) {
                        throw failure;
                    }
                    try {
                        value = Objects.requireNonNull(supplier.get(), "the engine supplier gave null");
                    } catch (RuntimeException e) {
                        failure = e;
                        throw e;
                    }
                }
                return value;
            }
        }
    }
}
