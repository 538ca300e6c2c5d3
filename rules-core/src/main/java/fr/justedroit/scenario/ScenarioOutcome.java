package fr.justedroit.scenario;

import fr.justedroit.Response;
import java.util.List;

/**
 * What running a scenario gave.
 *
 * @param scenario the scenario
 * @param response the decisions, or {@code null} if the request could not be decided
 * @param failures one line per expectation not met; empty when the scenario passed
 */
public record ScenarioOutcome(Scenario scenario, Response response, List<String> failures) {

    public ScenarioOutcome {
        failures = List.copyOf(failures);
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
