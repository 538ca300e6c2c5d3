package fr.justedroit.cli;

import fr.justedroit.Batch;
import fr.justedroit.BatchEntry;
import fr.justedroit.BatchOptions;
import fr.justedroit.BatchSummary;
import fr.justedroit.EvaluationException;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.RuleSetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit evaluate FILE}: decides one request (JSON or YAML), or every line of a JSON Lines
 * file (or of standard input, {@code -}), and prints the contract's response JSON or a readable text.
 * JSON Lines stream through a {@link Batch}: read, decided and written line by line on every core, in
 * the order of the lines, in constant memory.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Decides a household: prints the decisions and their reasons.",
                "FILE is a JSON or YAML request, or JSON Lines (one request per line, one response per line)."})
final class EvaluateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, text }

    /** The FILE that names standard input. */
    static final String STANDARD_INPUT = "-";

    @Parameters(paramLabel = "FILE", description = "The request file (.json, .yaml, or .jsonl for JSON Lines); - reads JSON Lines from standard input.")
    Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that decide the lines of a JSON Lines file (default: the processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The benefit month, for requests that do not give one.")
    YearMonth month;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the reasons: fr or en (default: fr).")
    Language language = Language.FR;

    @Option(names = "--format", paramLabel = "json|text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    @Option(names = "--max-request-chars", paramLabel = "N",
            description = "Largest request accepted, in characters (each line of a JSON Lines file; default: ${DEFAULT-VALUE}).")
    int maxRequestChars = RequestLimits.DEFAULT_MAX_CHARS;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RequestLimits limits;
        BatchOptions batchOptions;
        try {
            limits = RequestLimits.DEFAULT.withMaxChars(maxRequestChars);
            batchOptions = BatchOptions.defaults().withThreads(threads).withLanguage(language)
                    .withDefaultMonth(month).withLimits(limits);
        } catch (IllegalArgumentException e) {
            err.println("error: " + (threads < 1 ? "--threads" : "--max-request-chars") + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (STANDARD_INPUT.equals(file.toString())) {
            return jsonLines(main.in(), "standard input", batchOptions, out, err);
        }
        try {
            if (isJsonLines(file, "")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return jsonLines(in, file.toString(), batchOptions, out, err);
                }
            }
            // A UTF-8 character takes at most 3 bytes: a larger file is refused before it is read.
            if (Files.size(file) > 3L * limits.maxChars()) {
                err.println("error: " + file + " breaks the contract:");
                err.println("  (request): the file has " + Files.size(file) + " bytes (expected at most "
                        + limits.maxChars() + " characters (the configured size limit, --max-request-chars))");
                return Main.BAD_INPUT;
            }
            String text = Requests.decodeUtf8(Files.readAllBytes(file));
            if (isJsonLines(file, text)) {
                return jsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file.toString(), batchOptions, out, err);
            }
            return single(text, limits, out, err);
        } catch (InvalidRequestException e) {
            return refused(e, err);
        } catch (IOException e) {
            err.println("error: " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : "cannot be read"));
            return Main.BAD_INPUT;
        }
    }

    /** One request: read and checked first, so that a malformed one is refused before any rule is compiled. */
    private int single(String text, RequestLimits limits, PrintWriter out, PrintWriter err) {
        Request request;
        try {
            request = isYaml(file) ? Requests.fromYaml(text, month, limits) : Requests.fromJson(text, month, limits);
            List<InputError> errors = JusteDroit.check(request);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        } catch (InvalidRequestException e) {
            return refused(e, err);
        }
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        }
        try {
            Response response = engine.decide(request);
            out.print(format == Format.json ? engine.toJson(response, language) + System.lineSeparator()
                    : engine.toText(response, language));
            return Main.OK;
        } catch (InvalidRequestException e) {
            return refused(e, err);
        } catch (EvaluationException e) {
            return Main.rulesCouldNotDecide(file, e, err);
        }
    }

    private int refused(InvalidRequestException e, PrintWriter err) {
        return Main.refused(file + " breaks the contract", e, err);
    }

    /**
     * JSON Lines, streamed: one response (or error object, with its line) per non-blank line, in order,
     * decided on {@code --threads} threads in constant memory. The engine is built when the first line
     * that reads as a request needs it: lines that do not read are answered without waiting for it.
     */
    private int jsonLines(InputStream in, String source, BatchOptions options, PrintWriter out, PrintWriter err) {
        Batch batch = Batch.lazy(engineOptions::build, options);
        OutputStream bytes = main.rawOut() != null ? main.rawOut() : new PrintWriterStream(out);
        out.flush();
        BatchSummary summary;
        try {
            summary = batch.writeJsonLines(BatchEntry.jsonLines(in, options.limits()), bytes);
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        } catch (UncheckedIOException e) {
            err.println("error: " + source + ": cannot be read");
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: the output cannot be written");
            return Main.RULES_BROKEN;
        }
        if (summary.entries() == 0) {
            err.println("error: " + source + " has no request (JSON Lines: one request per line; every line is blank)");
            return Main.BAD_INPUT;
        }
        return summary.failed() > 0 ? Main.RULES_BROKEN : summary.refused() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** Bytes written to a PrintWriter (tests and embedders of {@link Main#run}): each write is whole lines of UTF-8. */
    private static final class PrintWriterStream extends OutputStream {
        private final PrintWriter out;

        PrintWriterStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            out.flush();
        }
    }

    private static boolean isObjectLine(String line) {
        String l = line.strip();
        return l.startsWith("{") && l.endsWith("}");
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** JSON Lines by extension, or a .json file whose first line is a whole object followed by more lines. */
    static boolean isJsonLines(Path file, String text) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (isYaml(file)) {
            return false;
        }
        String[] lines = text.strip().split("\r?\n");
        if (lines.length < 2) {
            return false;
        }
        // Two object lines make JSON Lines; an object then anything else is one request, whose
        // trailing content is refused before anything is decided.
        return isObjectLine(lines[0]) && isObjectLine(lines[1]);
    }
}
