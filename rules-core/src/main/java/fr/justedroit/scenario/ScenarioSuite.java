package fr.justedroit.scenario;

import fr.justedroit.JusteDroit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs scenario files (or every file of folders) on an engine and measures which rules they reach.
 * The command {@code justedroit test} and {@link ScenarioTests} both run scenarios through
 * {@link ScenarioRunner}, so they give the same results.
 *
 * <pre>{@code
 * SuiteResult result = ScenarioSuite.run(engine, List.of(Path.of("src/test/scenarios")));
 * System.out.print(ScenarioReport.text(result, engine, ScenarioReport.Options.defaults()));
 * System.out.print(result.coverage().toText(true));
 * }</pre>
 */
public final class ScenarioSuite {

    private ScenarioSuite() {
    }

    /** Runs every scenario of every file under the paths. */
    public static SuiteResult run(JusteDroit engine, List<Path> paths) {
        return run(engine, paths, s -> true);
    }

    /** Runs the scenarios of the files under the paths that {@code filter} accepts (by name, say). */
    public static SuiteResult run(JusteDroit engine, List<Path> paths, Predicate<Scenario> filter) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        List<SuiteResult.FileResult> files = new ArrayList<>();
        List<ScenarioOutcome> all = new ArrayList<>();
        for (Path file : ScenarioFiles.find(paths)) {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioFiles.read(file, engine);
            } catch (ScenarioFileException e) {
                files.add(new SuiteResult.FileResult(file, List.of(), e));
                continue;
            }
            List<ScenarioOutcome> outcomes = new ArrayList<>();
            for (Scenario s : scenarios) {
                if (filter.test(s)) {
                    outcomes.add(runner.run(s, null));
                }
            }
            all.addAll(outcomes);
            if (!outcomes.isEmpty() || scenarios.isEmpty()) {
                files.add(new SuiteResult.FileResult(file, outcomes, null));
            }
        }
        return new SuiteResult(files, RuleCoverage.of(engine, RuleCoverage.count(all)));
    }
}
