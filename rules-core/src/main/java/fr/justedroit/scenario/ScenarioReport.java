package fr.justedroit.scenario;

import fr.justedroit.Decision;
import fr.justedroit.InputError;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Status;
import fr.justedroit.scenario.SuiteResult.FileResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run of scenarios as text for analysts: a line per file, then each failure with its scenario, the
 * source of the expected figures, what was expected and what came, and the reasons of the decisions
 * concerned; optionally the full reason chain; then the rule coverage; the last line is
 * {@code N passed, N failed}.
 */
public final class ScenarioReport {

    /**
     * How much to show.
     *
     * @param language the language of the reasons' sentences
     * @param explain for each failure, the full reasoning of every decision (with the parameters used)
     *     and every rule that fired, in order
     * @param verbose list passing scenarios too
     * @param coverageDetails name the rules never fired and the articles never exercised
     */
    public record Options(Language language, boolean explain, boolean verbose, boolean coverageDetails) {

        /** French, no full reasoning, failures only, coverage summary only. */
        public static Options defaults() {
            return new Options(Language.FR, false, false, false);
        }
    }

    private ScenarioReport() {
    }

    /** The whole report; its last line is {@link SuiteResult#summary()}. */
    public static String text(SuiteResult result, JusteDroit engine, Options options) {
        StringBuilder sb = new StringBuilder();
        for (FileResult f : result.files()) {
            sb.append(f.file()).append(": ");
            if (f.error() != null) {
                sb.append("not a valid scenario file\n");
            } else {
                sb.append(f.passed()).append(" passed");
                if (f.failed() > 0) {
                    sb.append(", ").append(f.failed()).append(" failed");
                }
                sb.append('\n');
            }
            if (options.verbose()) {
                for (ScenarioOutcome o : f.outcomes()) {
                    if (o.passed()) {
                        sb.append("  ok    ").append(o.scenario().name()).append('\n');
                    }
                }
            }
        }
        for (FileResult f : result.fileErrors()) {
            sb.append("\nERROR  ").append(f.file()).append(": the file cannot be read as scenarios\n");
            for (InputError e : f.error().errors()) {
                sb.append("  ").append(e).append('\n');
            }
        }
        for (ScenarioOutcome o : result.failures()) {
            sb.append('\n').append(failure(o, engine, options));
        }
        if (!result.coverage().ruleSets().isEmpty()) {
            sb.append("\nRule coverage (rules fired by these scenarios, articles their legal references cite):\n");
            sb.append(result.coverage().toText(options.coverageDetails()));
        }
        sb.append('\n').append(result.summary()).append('\n');
        return sb.toString();
    }

    /** One failed scenario: what was expected, what came, and why. */
    public static String failure(ScenarioOutcome o, JusteDroit engine, Options options) {
        Scenario s = o.scenario();
        StringBuilder sb = new StringBuilder();
        sb.append("FAILED ").append(s.id()).append(" (month ").append(s.request().month()).append(")\n");
        sb.append("  source: ").append(s.source()).append('\n');
        if (s.notes() != null && !s.notes().isBlank()) {
            sb.append("  notes: ").append(s.notes().strip().replace("\n", "\n         ")).append('\n');
        }
        for (String f : o.failures()) {
            sb.append("  - ").append(f).append('\n');
        }
        if (o.response() == null) {
            return sb.toString();
        }
        if (options.explain()) {
            sb.append("  Full reasoning:\n");
            for (String line : engine.toText(o.response(), options.language()).split("\n")) {
                sb.append(line.isEmpty() ? "" : "    " + line).append('\n');
            }
            sb.append("  Rules fired, in order:\n");
            sb.append(Text.wrap(o.firedRules(), "    ")).append('\n');
            return sb.toString();
        }
        for (Decision d : concerned(o)) {
            sb.append("  Reasons of ").append(d.benefit()).append(" / ").append(d.beneficiary()).append(" (")
                    .append(d.status().jsonName());
            if (d.status() == Status.ELIGIBLE) {
                sb.append(", ").append(d.amount().toPlainString());
                if (d.form() != null) {
                    sb.append(", ").append(d.form().jsonName());
                }
            }
            sb.append("):\n");
            int i = 1;
            for (Reason r : d.reasons()) {
                sb.append(String.format("    %2d. %s  [%s]%n", i++, engine.text(r, options.language()), r.rule()));
            }
            if (!d.missingInputs().isEmpty()) {
                sb.append("    missing inputs: ").append(String.join(", ", d.missingInputs())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The decisions a failure is about: those of the expectations whose check failed. */
    static List<Decision> concerned(ScenarioOutcome o) {
        Set<Decision> decisions = new LinkedHashSet<>();
        for (Expectation e : o.scenario().expectations()) {
            String who = e.benefit() + " / " + e.beneficiary() + ":";
            if (o.failures().stream().anyMatch(f -> f.startsWith(who))) {
                o.response().decision(e.benefit(), e.beneficiary()).ifPresent(decisions::add);
            }
        }
        return new ArrayList<>(decisions);
    }
}
