package fr.justedroit.server;

import fr.justedroit.Batch;
import fr.justedroit.BatchEntry;
import fr.justedroit.BatchOptions;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.RequestLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /batch}: JSON Lines in, JSON Lines out, through the engine's {@link Batch} (decided on
 * several threads, written in order as they are ready, in constant memory). A bad line gets the
 * contract's error object with its line number (the same lines as {@code justedroit evaluate FILE.jsonl})
 * and the others are decided.
 */
final class BatchStream {
    private final JusteDroit engine;
    private final ServerLimits limits;
    private final RequestLimits requestLimits;

    BatchStream(JusteDroit engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
        this.requestLimits = RequestLimits.DEFAULT.withMaxChars(limits.maxRequestBytes());
    }

    void run(InputStream in, OutputStream out, Language language) throws IOException {
        Batch batch = engine.batch(BatchOptions.defaults().withLanguage(language).withLimits(requestLimits));
        Bounded body = new Bounded(in, limits.maxBatchBytes());
        try {
            batch.writeJsonLines(BatchEntry.jsonLines(body, requestLimits), out);
        } catch (UncheckedIOException e) {
            if (!body.exceeded) {
                throw e.getCause();
            }
            // The lines before the limit were answered; say why the rest is not.
            out.write((JusteDroit.errorJsonLine("the batch is larger than " + limits.maxBatchBytes()
                    + " bytes (the server's limit): the lines after it were not read", List.of(), null) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            // The client may still be sending: it gets the whole answer rather than a broken pipe (see Bodies).
            Bodies.skip(in, Bodies.MAX_DISCARDED_BYTES);
        }
    }

    /** The body, refused past {@code max} bytes (the batch's own reading stops there). */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;
        private boolean exceeded;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                exceeded = true;
                throw new IOException("the batch is larger than " + max + " bytes");
            }
        }
    }
}
