package fr.justedroit.scenario;

import fr.justedroit.Response;
import java.time.Duration;
import java.util.List;

/**
 * What running a scenario gave.
 *
 * @param scenario the scenario
 * @param response the decisions, or {@code null} if the request could not be decided
 * @param failures one line per expectation not met; empty when the scenario passed
 * @param firedRules the rules that fired, in firing order (a rule may appear several times)
 * @param duration how long the decision took
 */
public record ScenarioOutcome(Scenario scenario, Response response, List<String> failures, List<String> firedRules,
        Duration duration) {

    public ScenarioOutcome {
        failures = List.copyOf(failures);
        firedRules = List.copyOf(firedRules);
        duration = duration == null ? Duration.ZERO : duration;
    }

    /** An outcome without a record of fired rules nor timing. */
    public ScenarioOutcome(Scenario scenario, Response response, List<String> failures) {
        this(scenario, response, failures, List.of(), Duration.ZERO);
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
