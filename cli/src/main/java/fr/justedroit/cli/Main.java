package fr.justedroit.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code justedroit} command. Exit status: 0 done; 1 a test or check failed; 2 bad input (the
 * error names the field); 3 the rule sets could not be loaded or could not decide.
 */
@Command(name = "justedroit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides French benefit entitlements (RSA, prime d'activité, AAH, aide universelle d'urgence) and explains them.",
        subcommands = {EvaluateCommand.class, TestCommand.class, CheckCommand.class, SweepCommand.class, SimulateCommand.class,
                ServeCommand.class, HistoryCommand.class})
public final class Main implements Runnable {
    /** Exit status when everything went well. */
    public static final int OK = 0;
    /** Exit status when a scenario or check failed. */
    public static final int FAILED = 1;
    /** Exit status for input that breaks the contract. */
    public static final int BAD_INPUT = 2;
    /** Exit status when the rule sets cannot be loaded or cannot decide. */
    public static final int RULES_BROKEN = 3;

    /** Reports rule sets that do not load, one problem (file, line, message) a line; returns {@link #RULES_BROKEN}. */
    static int rulesDoNotLoad(fr.justedroit.RuleSetException e, PrintWriter err) {
        err.println("error: the rule sets do not load:");
        e.problems().forEach(p -> err.println("  " + p));
        return RULES_BROKEN;
    }

    /** Reports rules that failed while deciding {@code what} (a rule-set error, not the input's); returns {@link #RULES_BROKEN}. */
    static int rulesCouldNotDecide(Object what, fr.justedroit.EvaluationException e, PrintWriter err) {
        err.println("error: the rules could not decide " + what + ": " + e.getMessage());
        return RULES_BROKEN;
    }

    /** How many errors of one input are listed; the rest are counted. */
    static final int ERRORS_LISTED = 50;

    /**
     * Reports input refused, one error (path, problem, what is expected) a line under {@code heading},
     * the first {@value #ERRORS_LISTED} of them and the count of the others; returns {@link #BAD_INPUT}.
     */
    static int refused(String heading, fr.justedroit.InvalidRequestException e, PrintWriter err) {
        err.println("error: " + heading + ":");
        e.errors().stream().limit(ERRORS_LISTED).forEach(error -> err.println("  " + error));
        int more = e.errors().size() - ERRORS_LISTED;
        if (more > 0) {
            // A file of 10 000 bad incomes printed 10 000 lines; the first ones show what to mend.
            err.println("  and " + more + " more error" + (more == 1 ? "" : "s") + " (" + e.errors().size() + " in all)");
        }
        return BAD_INPUT;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard output as bytes, for commands that stream (JSON Lines), or null: then they write to the PrintWriter. */
    private OutputStream rawOut;
    private InputStream in = System.in;

    public static void main(String[] args) {
        // Batches write bytes straight to the file descriptor, through one large buffer.
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.exit(run(stdout, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with these streams, for tests and embedding; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(null, System.in, out, err, args);
    }

    /**
     * Runs the command; {@code rawOut} (may be null) is standard output as bytes, written by streaming
     * commands instead of {@code out}; {@code in} is standard input ({@code evaluate -}).
     */
    static int run(OutputStream rawOut, InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        main.rawOut = rawOut;
        main.in = in;
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Never a stack trace: every exception of the library carries a message for people.
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return RULES_BROKEN;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        if (rawOut != null) {
            try {
                rawOut.flush();
            } catch (IOException e) {
                err.println("error: the output cannot be written");
                err.flush();
                return RULES_BROKEN;
            }
        }
        return status;
    }

    /** Standard output as bytes, or null when the command writes to its PrintWriter only. */
    OutputStream rawOut() {
        return rawOut;
    }

    /** Standard input. */
    InputStream in() {
        return in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
