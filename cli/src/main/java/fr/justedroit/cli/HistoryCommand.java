package fr.justedroit.cli;

import fr.justedroit.EvaluationException;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Requests;
import fr.justedroit.RuleSetException;
import fr.justedroit.history.History;
import fr.justedroit.history.HistoryJson;
import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.HistoryStatement;
import fr.justedroit.history.Timeline;
import fr.justedroit.history.Timelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code justedroit history FILE}: recomputes a household's timeline month by month, each month under its
 * own law, and prints the overpayments and arrears that follow (JSON, or the statement an agent sends).
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Recomputes a household's history: every month under its own law, compared with what was paid.",
                "FILE is a timeline (JSON or YAML, schema timeline.schema.json)."})
final class HistoryCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "The timeline file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--format", paramLabel = "json|text", description = "json, or text: the statement month by month (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the reasons and the statement: fr or en (default: fr).")
    Language language = Language.FR;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Timeline timeline;
        try {
            timeline = Timelines.read(file.getFileName().toString(), Requests.decodeUtf8(Files.readAllBytes(file)));
        } catch (InvalidRequestException e) {
            return refused(e, err);
        } catch (IOException e) {
            err.println("error: " + file + ": " + (e instanceof NoSuchFileException ? "no such file" : "cannot be read"));
            return Main.BAD_INPUT;
        }
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        }
        try {
            HistoryResult result = History.on(engine).recompute(timeline);
            out.print(format == Format.json ? HistoryJson.write(result, engine, language) + System.lineSeparator()
                    : HistoryStatement.write(result, engine, language));
            return Main.OK;
        } catch (InvalidRequestException e) {
            return refused(e, err);
        } catch (EvaluationException e) {
            return Main.rulesCouldNotDecide(file, e, err);
        }
    }

    private int refused(InvalidRequestException e, PrintWriter err) {
        return Main.refused(file + " is not a valid timeline", e, err);
    }
}
