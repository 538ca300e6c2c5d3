package fr.justedroit.cli;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.RuleSetException;
import fr.justedroit.scenario.JUnitXml;
import fr.justedroit.scenario.Scenario;
import fr.justedroit.scenario.ScenarioFileException;
import fr.justedroit.scenario.ScenarioFiles;
import fr.justedroit.scenario.ScenarioReport;
import fr.justedroit.scenario.SuiteResult;
import fr.justedroit.scenario.ScenarioSuite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit test PATH...}: runs scenario files (or every scenario file under folders), prints
 * each failure with its reasons and the rule coverage, and ends with {@code N passed, N failed}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenario files: households with the decisions the law gives them.",
                "PATH is a scenario file (.yaml) or a folder searched for them. The last line is 'N passed, N failed';",
                "the exit status is 0 when all passed, 1 when one failed, 2 when a file is not a valid scenario file,",
                "3 when the rule sets do not load."})
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML (for CI servers).")
    Path junitXml;

    @Option(names = "--coverage", description = "Name the rules never fired and the legal articles never exercised.")
    boolean coverage;

    @Option(names = "--coverage-file", paramLabel = "FILE",
            description = "Write the rule coverage to FILE: JSON, or text if FILE ends in .txt.")
    Path coverageFile;

    @Option(names = "--explain", description = "For each failure, print the full reasoning and every rule that fired.")
    boolean explain;

    @Option(names = {"-n", "--name"}, paramLabel = "TEXT", description = "Run only the scenarios whose name contains TEXT.")
    String name;

    @Option(names = {"-v", "--verbose"}, description = "List the scenarios that passed too.")
    boolean verbose;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the reasons: fr or en (default: fr).")
    Language language = Language.FR;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("error: " + p + ": no such file or folder");
                out.println("0 passed, 0 failed");
                return Main.BAD_INPUT;
            }
        }
        List<Path> files = ScenarioFiles.find(paths);
        if (files.isEmpty()) {
            err.println("error: no scenario file (*.yaml, *.yml) under " + paths);
            out.println("0 passed, 0 failed");
            return Main.BAD_INPUT;
        }
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            Main.rulesDoNotLoad(e, err);
            out.println("0 passed, " + countScenarios(files) + " failed");
            return Main.RULES_BROKEN;
        }
        Predicate<Scenario> filter = name == null ? s -> true
                : s -> s.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
        SuiteResult result = ScenarioSuite.run(engine, paths, filter);
        ScenarioReport.Options options = new ScenarioReport.Options(language, explain, verbose, coverage);
        try {
            if (junitXml != null) {
                JUnitXml.write(result, engine, options, junitXml);
            }
            if (coverageFile != null) {
                writeCoverage(result);
            }
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        String report = ScenarioReport.text(result, engine, options);
        if (!explain && !result.failures().isEmpty()) {
            // Put the hint before the final line, which must stay 'N passed, N failed'.
            int last = report.lastIndexOf(result.summary());
            report = report.substring(0, last) + "(--explain prints the full reasoning of each failure)\n" + report.substring(last);
        }
        out.print(report);
        out.flush();
        if (!result.fileErrors().isEmpty()) {
            return Main.BAD_INPUT;
        }
        if (name != null && result.outcomes().isEmpty()) {
            err.println("error: no scenario's name contains '" + name + "'");
            return Main.BAD_INPUT;
        }
        return result.ok() ? Main.OK : Main.FAILED;
    }

    private void writeCoverage(SuiteResult result) {
        String text = coverageFile.getFileName().toString().endsWith(".txt") ? result.coverage().toText(true)
                : result.coverage().toJson();
        try {
            if (coverageFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(coverageFile.toAbsolutePath().getParent());
            }
            Files.writeString(coverageFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + coverageFile, e);
        }
    }

    private static int countScenarios(List<Path> files) {
        int n = 0;
        for (Path f : files) {
            try {
                n += ScenarioFiles.read(f).size();
            } catch (ScenarioFileException e) {
                n++;
            }
        }
        return n;
    }
}
