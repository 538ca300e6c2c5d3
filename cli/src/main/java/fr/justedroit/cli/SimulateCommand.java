package fr.justedroit.cli;

import fr.justedroit.JusteDroit;
import fr.justedroit.Requests;
import fr.justedroit.RuleSetException;
import fr.justedroit.examples.population.FileLists;
import fr.justedroit.examples.population.FileReports;
import fr.justedroit.examples.population.FileSimulation;
import fr.justedroit.examples.population.PopulationSimulation;
import fr.justedroit.examples.population.ReformCheck;
import fr.justedroit.examples.population.ReformReport;
import fr.justedroit.examples.population.Reports;
import fr.justedroit.examples.population.Totals;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit simulate --households N --seed S --month M [--reform DIR]}: decides a seeded
 * synthetic population and prints the totals per benefit, or a reform against the law in force.
 * {@code justedroit simulate --input FILE [--reform DIR] [--out DIR]}: the caller's own population
 * ({@link FileSimulation}), its tables written as CSV and SVG in {@code --out}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Decides a synthetic population and prints the totals per benefit, or your own population "
                + "(--input FILE) and writes its tables in --out.",
                "With --reform DIR, decides the same households under the law in force and under the reform and "
                        + "prints winners, losers, average gain and loss, new and lost rights and the cost difference."})
final class SimulateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, csv }

    @Option(names = "--households", paramLabel = "N",
            description = "Households to generate (default: ${DEFAULT-VALUE}, about the allocataires of the CAF of the Pyrénées-Orientales).")
    long households = HouseholdGenerator.PYRENEES_ORIENTALES_ALLOCATAIRES;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator: the same seed, the same households (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The benefit month decided (with --input: the month of the requests that give none).")
    YearMonth month;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Your own population: JSON Lines of {id, weight, labels, paid, request} (population.schema.json) "
                    + "instead of the synthetic one; the tables go to --out.")
    Path input;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --input: the folder of totals.csv and the other tables (default: the current folder).")
    Path outDir = Path.of(".");

    @Option(names = "--threads", paramLabel = "T", description = "Threads that decide (default: the processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", paramLabel = "text|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--reverse",
            description = "With --reform: report the law in force as the change from the reform (to measure a reform already "
                    + "enacted, run its reversal as the reform).")
    boolean reverse;

    @Option(names = "--show-household", paramLabel = "INDEX",
            description = "Print household INDEX of the seed as request JSON, and stop (to look at or reproduce one household).")
    Long showHousehold;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (households < 0) {
            err.println("error: --households: " + households + " is negative (expected 0 or more)");
            return Main.BAD_INPUT;
        }
        if (threads < 1) {
            err.println("error: --threads: " + threads + " (expected 1 or more)");
            return Main.BAD_INPUT;
        }
        if (input != null) {
            return simulateFile(out, err);
        }
        if (month == null) {
            err.println("error: --month: missing (expected the benefit month decided, YYYY-MM)");
            return Main.BAD_INPUT;
        }
        if (showHousehold != null) {
            out.println(Requests.toJson(new HouseholdGenerator(seed).household(showHousehold, month)));
            return Main.OK;
        }
        if (reverse && engineOptions.reforms.isEmpty()) {
            err.println("error: --reverse needs --reform DIR");
            return Main.BAD_INPUT;
        }
        JusteDroit[] engines = new JusteDroit[2];
        Integer problem = engines(engines, err);
        if (problem != null) {
            return problem;
        }
        JusteDroit law = engines[0];
        JusteDroit reformed = engines[1];
        if (month.isBefore(law.catalog().firstMonth()) || month.isAfter(law.catalog().lastMonth())) {
            err.println("error: --month: the law is not known for " + month + " (expected a month from "
                    + law.catalog().firstMonth() + " to " + law.catalog().lastMonth() + ")");
            return Main.BAD_INPUT;
        }

        PopulationSimulation simulation = new PopulationSimulation(seed, month, households, threads);
        boolean show = progress != null ? progress : ProgressBar.stderrIsTerminal() && households >= 2_000;
        String reformName = engineOptions.reforms.stream().map(Path::toString).collect(Collectors.joining(" + "));
        try {
            if (reformed == null) {
                Totals totals;
                try (AutoCloseable bar = ProgressBar.start(show, err, households, simulation::done, "households")) {
                    totals = simulation.totals(law);
                }
                out.print(format == Format.csv ? Reports.totalsCsv(totals) : Reports.totalsText(totals));
                out.flush();
                err.println(Reports.throughput(totals.households(), totals.decisions(), totals.elapsed(), totals.threads(), 1));
                return totals.failureCount() == 0 ? Main.OK : Main.RULES_BROKEN;
            }
            ReformReport report;
            try (AutoCloseable bar = ProgressBar.start(show, err, households, simulation::done, "households")) {
                report = reverse ? simulation.compare(reformed, law) : simulation.compare(law, reformed);
            }
            if (format == Format.csv) {
                out.print(Reports.reformCsv(report));
            } else if (reverse) {
                out.print(Reports.reformText(report, "The law in force against the reform " + reformName
                        + " (read: what the law in force changed)", "reform", "law"));
            } else {
                out.print(Reports.reformText(report, "Reform " + reformName + " against the law in force", "law", "reform"));
            }
            out.flush();
            err.println(Reports.throughput(report.households(), 0, report.elapsed(), report.threads(), 2));
            return report.failureCount() == 0 ? Main.OK : Main.RULES_BROKEN;
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds the law in force into {@code engines[0]} and the reform, if any, into {@code engines[1]}, and
     * checks the reform: {@code null}, or the exit status after the error is said.
     */
    private Integer engines(JusteDroit[] engines, PrintWriter err) {
        for (Path reform : engineOptions.reforms) {
            if (!Files.isDirectory(reform)) {
                err.println("error: --reform: " + reform + ": no such folder");
                return Main.BAD_INPUT;
            }
        }
        try {
            engines[0] = baseline().build();
            if (!engineOptions.reforms.isEmpty()) {
                JusteDroit.Builder b = baseline();
                engineOptions.reforms.forEach(b::reform);
                engines[1] = b.build();
            }
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        }
        if (engines[1] != null) {
            String problem = checkReform(engines[0], engines[1], err);
            if (problem != null) {
                err.println("error: --reform: " + problem);
                return Main.BAD_INPUT;
            }
        }
        return null;
    }

    /** {@code --input FILE}: the caller's population, decided through the streaming batch; the tables in {@code --out}. */
    private Integer simulateFile(PrintWriter out, PrintWriter err) {
        for (String option : List.of("--households", "--seed", "--show-household", "--reverse", "--format")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                err.println("error: " + option + ": not with --input (the population is the file's; the tables are CSV files in --out)");
                return Main.BAD_INPUT;
            }
        }
        if (!Files.isRegularFile(input)) {
            err.println("error: --input: " + input + ": no such file");
            return Main.BAD_INPUT;
        }
        JusteDroit[] engines = new JusteDroit[2];
        Integer problem = engines(engines, err);
        if (problem != null) {
            return problem;
        }
        FileSimulation.Result result;
        List<String> firstErrors;
        try (FileLists lists = new FileLists(outDir)) {
            result = new FileSimulation(input, month, threads).run(engines[0], engines[1], lists);
            firstErrors = lists.firstErrors();
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        try {
            List<Path> written = FileReports.write(result, outDir);
            out.print(FileReports.summary(result, input));
            out.println("Wrote " + written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + ", non_take_up.csv, over_payment.csv, under_payment.csv and errors.jsonl in " + outDir + ".");
            out.flush();
        } catch (IOException e) {
            err.println("error: --out: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (result.refused() > 0) {
            err.println(result.refused() + " line(s) not decided, counted in no total (every one in errors.jsonl); the first:");
            firstErrors.forEach(e -> err.println("  " + e));
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }

    private JusteDroit.Builder baseline() {
        JusteDroit.Builder b = JusteDroit.builder();
        if (engineOptions.rules.isEmpty()) {
            b.catalog();
        } else {
            engineOptions.rules.forEach(b::ruleSets);
        }
        return b;
    }

    /**
     * What is wrong with a reform, or {@code null} ({@link ReformCheck#problem}). Added rule files are
     * allowed and said on stderr.
     */
    static String checkReform(JusteDroit law, JusteDroit reformed, PrintWriter err) {
        List<String> added = ReformCheck.addedRuleFiles(law, reformed);
        if (!added.isEmpty() && ReformCheck.problem(law, reformed) == null) {
            err.println("note: the reform adds rule files: " + String.join(", ", added));
        }
        return ReformCheck.problem(law, reformed);
    }
}
