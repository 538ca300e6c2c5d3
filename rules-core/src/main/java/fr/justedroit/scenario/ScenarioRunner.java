package fr.justedroit.scenario;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.JusteDroitException;
import fr.justedroit.Reason;
import fr.justedroit.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Runs scenarios on an engine and compares the decisions with what they expect. Thread-safe. */
public final class ScenarioRunner {
    private final JusteDroit engine;

    public ScenarioRunner(JusteDroit engine) {
        this.engine = engine;
    }

    /** Runs one scenario. */
    public ScenarioOutcome run(Scenario scenario) {
        return run(scenario, null);
    }

    /**
     * Runs one scenario; {@code firedRules}, when given, hears each rule that fires (the outcome also
     * lists them, in order).
     */
    public ScenarioOutcome run(Scenario scenario, Consumer<String> firedRules) {
        List<String> fired = new ArrayList<>();
        Consumer<String> record = fired::add;
        Consumer<String> listener = firedRules == null ? record : record.andThen(firedRules);
        long start = System.nanoTime();
        Response response;
        try {
            response = engine.decide(scenario.request(), listener);
        } catch (JusteDroitException e) {
            return new ScenarioOutcome(scenario, null, List.of("could not be decided: " + e.getMessage()), fired,
                    Duration.ofNanos(System.nanoTime() - start));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<String> failures = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            check(e, response, failures);
        }
        return new ScenarioOutcome(scenario, response, failures, fired, took);
    }

    private static void check(Expectation e, Response response, List<String> failures) {
        String who = e.benefit() + " / " + e.beneficiary();
        Optional<Decision> found = response.decision(e.benefit(), e.beneficiary());
        if (found.isEmpty()) {
            failures.add(who + ": no decision (decisions made: " + response.decisions().stream()
                    .map(d -> d.benefit() + " / " + d.beneficiary()).collect(Collectors.joining(", ")) + ")");
            return;
        }
        Decision d = found.get();
        if (e.status() != null && e.status() != d.status()) {
            failures.add(who + ": status expected " + e.status().jsonName() + ", got " + d.status().jsonName());
        }
        if (e.amount() != null && e.amount().subtract(d.amount()).abs().compareTo(e.tolerance()) > 0) {
            failures.add(who + ": amount expected " + e.amount().toPlainString()
                    + (e.tolerance().signum() > 0 ? " ± " + e.tolerance().toPlainString() : "")
                    + ", got " + d.amount().toPlainString());
        }
        if (e.form() != null && e.form() != d.form()) {
            failures.add(who + ": form expected " + e.form().jsonName() + ", got " + (d.form() == null ? "none" : d.form().jsonName()));
        }
        for (String rule : e.reasons()) {
            if (!d.hasReasonFrom(rule)) {
                failures.add(who + ": no reason from rule " + rule + " (reasons: "
                        + d.reasons().stream().map(Reason::rule).collect(Collectors.joining(", ")) + ")");
            }
        }
        for (String path : e.missingInputs()) {
            if (!d.missingInputs().contains(path)) {
                failures.add(who + ": missing input " + path + " not reported (reported: " + d.missingInputs() + ")");
            }
        }
    }
}
