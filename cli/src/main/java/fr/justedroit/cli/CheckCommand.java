package fr.justedroit.cli;

import fr.justedroit.JusteDroit;
import fr.justedroit.check.CheckReport;
import fr.justedroit.check.RuleSetChecks;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit check}: validates the rule sets and their parameter files without deciding
 * anything, and names each problem.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the rule sets without deciding anything: DRL compile errors; parameters with a gap in time",
                "(no value and no explicit 'not in force') or an overlap; rules without a legal reference; parameters",
                "no rule reads, and parameters read that no file defines; sentences missing in French or English.",
                "Exit status: 0 no problem, 1 problems found, 3 the rule sets do not load (compile or file errors)."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month whose parameters must be in force (default: 2023-01).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month whose parameters must be in force (default: 2026-12).")
    YearMonth to;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JusteDroit.Builder builder = JusteDroit.builder();
        if (engineOptions.rules.isEmpty()) {
            builder.catalog();
        } else {
            engineOptions.rules.forEach(builder::ruleSets);
        }
        engineOptions.reforms.forEach(builder::reform);
        if (from != null || to != null) {
            YearMonth first = from == null ? YearMonth.of(2023, 1) : from;
            YearMonth last = to == null ? YearMonth.of(2026, 12) : to;
            if (last.isBefore(first)) {
                err.println("error: --to " + last + " is before --from " + first);
                return Main.BAD_INPUT;
            }
            builder.months(first, last);
        }
        CheckReport report = RuleSetChecks.check(builder);
        out.print(report.toText());
        out.flush();
        if (!report.compiled()) {
            return Main.RULES_BROKEN;
        }
        return report.ok() ? Main.OK : Main.FAILED;
    }
}
