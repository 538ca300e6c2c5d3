package fr.justedroit.scenario;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files as JUnit tests: one container per file, one test per scenario, so that suites run
 * with Surefire and each failure names its scenario, what was expected, what came and the full
 * reasoning. The scenarios run through the same {@link ScenarioRunner} as {@code justedroit test}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.from(ENGINE, Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * Needs {@code junit-jupiter-api} on the classpath (an optional dependency of this library).
 */
public final class ScenarioTests {
    private static final ScenarioReport.Options REPORT = new ScenarioReport.Options(Language.FR, true, false, true);

    private ScenarioTests() {
    }

    /** A test per scenario of every file under the paths (files or folders). */
    public static Stream<DynamicNode> from(JusteDroit engine, Path... paths) {
        return from(engine, List.of(paths));
    }

    /** A test per scenario of every file under the paths (files or folders). */
    public static Stream<DynamicNode> from(JusteDroit engine, Collection<Path> paths) {
        return tests(engine, List.copyOf(paths), null);
    }

    /**
     * A test per scenario, then a last test named {@code rule coverage} that writes the coverage of
     * the rules by these scenarios to {@code coverageFile} (JSON, see {@link RuleCoverage#toJson()}) and
     * prints it as text. It fails only if the file cannot be written. The tests must run in order, as
     * Jupiter runs dynamic tests by default (not in parallel).
     */
    public static Stream<DynamicNode> withCoverage(JusteDroit engine, Path coverageFile, Path... paths) {
        Map<String, Integer> fired = new ConcurrentHashMap<>();
        Stream<DynamicNode> coverage = Stream.of(DynamicTest.dynamicTest("rule coverage", () -> {
            RuleCoverage c = RuleCoverage.of(engine, fired);
            try {
                if (coverageFile.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(coverageFile.toAbsolutePath().getParent());
                }
                Files.writeString(coverageFile, c.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + coverageFile, e);
            }
            System.out.print("Rule coverage (" + coverageFile + "):\n" + c.toText(true));
        }));
        return Stream.concat(tests(engine, List.of(paths), rule -> fired.merge(rule, 1, Integer::sum)), coverage);
    }

    private static Stream<DynamicNode> tests(JusteDroit engine, List<Path> paths, Consumer<String> firedRules) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        return ScenarioFiles.find(paths).stream().map(file -> {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioFiles.read(file, engine);
            } catch (ScenarioFileException e) {
                return DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> Assertions.fail(e.getMessage()));
            }
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                    scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), file.toUri(), () -> {
                        ScenarioOutcome outcome = runner.run(s, firedRules);
                        if (!outcome.passed()) {
                            Assertions.fail(ScenarioReport.failure(outcome, engine, REPORT));
                        }
                    })));
        });
    }
}
