package fr.justedroit.server;

import fr.justedroit.EvaluationException;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /batch}: JSON Lines in, JSON Lines out, one output line per non-blank input line, in
 * order, each written as soon as it is decided. A bad line gets the contract's error object with its
 * line number (the same lines as {@code justedroit evaluate FILE.jsonl}) and the others are decided.
 */
final class BatchStream {
    private static final int FLUSH_EVERY = 64;

    private final JusteDroit engine;
    private final ServerLimits limits;
    private final RequestLimits requestLimits;

    BatchStream(JusteDroit engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
        this.requestLimits = RequestLimits.DEFAULT.withMaxChars(limits.maxRequestBytes());
    }

    void run(InputStream in, OutputStream out, Language language) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        LineReader lines = new LineReader(in, limits.maxRequestBytes(), limits.maxBatchBytes());
        int written = 0;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String answer = answer(line, language);
                if (answer == null) {
                    continue;
                }
                w.write(answer);
                w.write('\n');
                if (++written % FLUSH_EVERY == 0 || in.available() == 0) {
                    w.flush();
                }
            }
        } catch (LineReader.BodyTooLarge e) {
            w.write(JusteDroit.errorJsonLine("the batch is larger than " + limits.maxBatchBytes()
                    + " bytes (the server's limit): the lines after it were not read", List.of(), null));
            w.write('\n');
        }
        w.flush();
    }

    /** The output line of one input line, or {@code null} for a blank line. */
    private String answer(LineReader.Line line, Language language) {
        int n = line.number();
        if (line.tooLong()) {
            return JusteDroit.errorJsonLine("line " + n + " breaks the contract", List.of(new InputError("(request)",
                    "the line has more than " + limits.maxRequestBytes() + " bytes",
                    "at most " + limits.maxRequestBytes() + " bytes per line (the server's size limit)")), n);
        }
        String text;
        try {
            text = Bodies.utf8(line.bytes(), "(request)");
        } catch (HttpProblem e) {
            return JusteDroit.errorJsonLine("line " + n + " breaks the contract", e.errors(), n);
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return engine.toJsonLine(engine.decide(Requests.fromJson(text, null, requestLimits)), language);
        } catch (InvalidRequestException e) {
            return JusteDroit.errorJsonLine("line " + n + " breaks the contract", e.errors(), n);
        } catch (EvaluationException e) {
            return JusteDroit.errorJsonLine("the rules could not decide line " + n + ": " + e.getMessage(), List.of(), n);
        }
    }
}
