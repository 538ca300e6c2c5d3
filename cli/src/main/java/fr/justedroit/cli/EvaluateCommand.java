package fr.justedroit.cli;

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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit evaluate FILE}: decides one request (JSON or YAML), or every line of a JSON Lines
 * file, and prints the contract's response JSON or a readable text.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Decides a household: prints the decisions and their reasons.",
                "FILE is a JSON or YAML request, or JSON Lines (one request per line, one response per line)."})
final class EvaluateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "The request file (.json, .yaml, or .jsonl for JSON Lines).")
    Path file;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RequestLimits limits;
        try {
            limits = RequestLimits.DEFAULT.withMaxChars(maxRequestChars);
        } catch (IllegalArgumentException e) {
            err.println("error: --max-request-chars: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        String text;
        try {
            // A UTF-8 character takes at most 3 bytes: a larger file is refused before it is read.
            if (!isJsonLines(file, "") && Files.size(file) > 3L * limits.maxChars()) {
                err.println("error: " + file + " breaks the contract:");
                err.println("  (request): the file has " + Files.size(file) + " bytes (expected at most "
                        + limits.maxChars() + " characters (the configured size limit, --max-request-chars))");
                return Main.BAD_INPUT;
            }
            text = Requests.decodeUtf8(Files.readAllBytes(file));
        } catch (InvalidRequestException e) {
            err.println("error: " + file + " breaks the contract:");
            e.errors().forEach(ie -> err.println("  " + ie));
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : "cannot be read"));
            return Main.BAD_INPUT;
        }
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            err.println("error: the rule sets do not load:");
            e.problems().forEach(p -> err.println("  " + p));
            return Main.RULES_BROKEN;
        }
        if (isJsonLines(file, text)) {
            return jsonLines(engine, text, language, limits, out);
        }
        Request request;
        try {
            request = isYaml(file) ? Requests.fromYaml(text, month, limits) : Requests.fromJson(text, month, limits);
            Response response = engine.decide(request);
            out.print(format == Format.json ? engine.toJson(response, language) + System.lineSeparator()
                    : engine.toText(response, language));
            return Main.OK;
        } catch (InvalidRequestException e) {
            err.println("error: " + file + " breaks the contract:");
            for (InputError ie : e.errors()) {
                err.println("  " + ie);
            }
            return Main.BAD_INPUT;
        } catch (EvaluationException e) {
            err.println("error: the rules could not decide " + file + ": " + e.getMessage());
            return Main.RULES_BROKEN;
        }
    }

    private int jsonLines(JusteDroit engine, String text, Language language, RequestLimits limits, PrintWriter out) {
        String[] lines = text.split("\r?\n", -1);
        if (text.isBlank()) {
            // An empty batch is a mistake (a wrong file, an export that failed): say so, not exit 0 silently.
            out.flush();
            spec.commandLine().getErr().println("error: " + file + " has no request (an empty JSON Lines file)");
            return Main.BAD_INPUT;
        }
        int status = Main.OK;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                Response response = engine.decide(Requests.fromJson(line, month, limits));
                out.println(engine.toJsonLine(response, language));
            } catch (InvalidRequestException e) {
                out.println(JusteDroit.errorJsonLine("line " + lineNumber + " breaks the contract", e.errors(), lineNumber));
                status = Main.BAD_INPUT;
            } catch (EvaluationException e) {
                out.println(JusteDroit.errorJsonLine("the rules could not decide line " + lineNumber + ": " + e.getMessage(),
                        List.of(), lineNumber));
                status = Math.max(status, Main.RULES_BROKEN);
            }
        }
        return status;
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
