package fr.justedroit.scenario;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files as JUnit tests: one container per file, one test per scenario, so that suites run
 * with Surefire and each failure names its scenario.
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

    private ScenarioTests() {
    }

    /** A test per scenario of every file under the paths. */
    public static Stream<DynamicNode> from(JusteDroit engine, Path... paths) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        return ScenarioFiles.find(List.of(paths)).stream().map(file -> {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioFiles.read(file);
            } catch (ScenarioFileException e) {
                return DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> Assertions.fail(e.getMessage()));
            }
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                    scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), file.toUri(), () -> {
                        ScenarioOutcome outcome = runner.run(s);
                        if (!outcome.passed()) {
                            StringBuilder message = new StringBuilder(s.id()).append(" (source: ").append(s.source()).append(")\n");
                            outcome.failures().forEach(f -> message.append("  ").append(f).append('\n'));
                            if (outcome.response() != null) {
                                message.append(engine.toText(outcome.response(), Language.FR));
                            }
                            Assertions.fail(message.toString());
                        }
                    })));
        });
    }
}
