package fr.justedroit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code justedroit} command. Exit status: 0 done; 1 a test or check failed; 2 bad input (the
 * error names the field); 3 the rule sets could not be loaded or could not decide.
 */
@Command(name = "justedroit", mixinStandardHelpOptions = true, version = "JusteDroit 0.1.0",
        description = "Decides French benefit entitlements (RSA, prime d'activité, AAH, aide universelle d'urgence) and explains them.",
        subcommands = {EvaluateCommand.class, TestCommand.class, CheckCommand.class, SweepCommand.class, SimulateCommand.class,
                ServeCommand.class})
public final class Main implements Runnable {
    /** Exit status when everything went well. */
    public static final int OK = 0;
    /** Exit status when a scenario or check failed. */
    public static final int FAILED = 1;
    /** Exit status for input that breaks the contract. */
    public static final int BAD_INPUT = 2;
    /** Exit status when the rule sets cannot be loaded or cannot decide. */
    public static final int RULES_BROKEN = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with these streams, for tests and embedding; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
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
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
