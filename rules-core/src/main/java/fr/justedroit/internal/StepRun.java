package fr.justedroit.internal;

import fr.justedroit.EvaluationException;
import fr.justedroit.rules.Claim;
import fr.justedroit.rules.Exclusion;
import fr.justedroit.rules.LegalStep;
import fr.justedroit.rules.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * One evaluation through the legal steps: gives the steps the focus in their order, hears the
 * {@link Claim}s and {@link Exclusion}s the rules insert, keeps a benefit's later steps from running
 * for an excluded beneficiary (as the session's agenda filter), then decides the refusals and checks
 * that every claim has exactly one decision. Not thread-safe: one per session.
 *
 * <p>Which exclusions hold back a match: those raised in a step before the match's step. The steps
 * fire in order, so the first match of a later step closes the current one; the exclusions raised
 * during a step hold back only the steps after it, and every failed condition of a step is reported.
 */
final class StepRun implements AgendaFilter, RuleRuntimeEventListener {
    private static final String BENEFICIARY = "$beneficiary";

    private final RuleSteps steps;
    private final Map<String, Set<String>> claims = new LinkedHashMap<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    /** Beneficiaries excluded in a closed step, by benefit. */
    private final Map<String, Set<String>> excluded = new HashMap<>();
    /** How many of {@link #exclusions} were raised in closed steps. */
    private int closed;
    private int currentStep = -1;

    StepRun(RuleSteps steps) {
        this.steps = steps;
    }

    /** Puts the steps on the session's focus stack, the first on top: they fire in order, then the rules without a step. */
    void focus(KieSession session) {
        List<LegalStep> order = steps.used();
        for (int i = order.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(order.get(i).group()).setFocus();
        }
    }

    @Override
    public boolean accept(Match match) {
        RuleSteps.Place place = steps.place(match.getRule().getName());
        int step = place == null ? Integer.MAX_VALUE : place.step().ordinal();
        if (step > currentStep) {
            closeStep();
            currentStep = step;
        }
        if (place == null || excluded.isEmpty()) {
            return true;
        }
        Set<String> out = excluded.get(place.benefit());
        if (out == null) {
            return true;
        }
        if (match.getDeclarationIds().contains(BENEFICIARY)) {
            return !out.contains(String.valueOf(match.getDeclarationValue(BENEFICIARY)));
        }
        return !out.containsAll(claims.getOrDefault(place.benefit(), Set.of()));
    }

    private void closeStep() {
        for (; closed < exclusions.size(); closed++) {
            Exclusion x = exclusions.get(closed);
            excluded.computeIfAbsent(x.benefit(), b -> new LinkedHashSet<>()).add(x.beneficiary());
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (fact instanceof Exclusion x) {
            exclusions.add(x);
        } else if (fact instanceof Claim c) {
            claims.computeIfAbsent(c.benefit(), b -> new LinkedHashSet<>()).add(c.beneficiary());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Claims and exclusions are records: never updated.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A rule set does not retract a claim or an exclusion; deciding from facts of earlier steps is final.
    }

    /**
     * The verdicts of the rules plus one refusal per excluded claim; throws when a claim has no
     * decision, when an excluded claim was also decided by a rule, or when a benefit with claims is
     * decided or excluded for a beneficiary it did not claim.
     */
    List<Verdict> complete(List<Verdict> verdicts) {
        if (claims.isEmpty() && exclusions.isEmpty()) {
            return verdicts;
        }
        Map<String, Verdict> decided = new HashMap<>();
        for (Verdict v : verdicts) {
            requireClaimed(v.benefit(), v.beneficiary(), "decided");
            decided.put(key(v.benefit(), v.beneficiary()), v);
        }
        Map<String, List<Exclusion>> byClaim = new LinkedHashMap<>();
        for (Exclusion x : exclusions) {
            requireClaimed(x.benefit(), x.beneficiary(), "excluded (rule '" + x.rule() + "')");
            byClaim.computeIfAbsent(key(x.benefit(), x.beneficiary()), k -> new ArrayList<>()).add(x);
        }
        List<Verdict> all = new ArrayList<>(verdicts);
        byClaim.forEach((key, xs) -> {
            Exclusion first = xs.get(0);
            Verdict rule = decided.get(key);
            if (rule != null) {
                throw new EvaluationException("rule set error: " + first.benefit() + " for " + first.beneficiary()
                        + " is excluded by rule '" + first.rule() + "' and yet a rule decided it ("
                        + rule.status().jsonName() + "): a verdict comes after the conditions, in the decision step");
            }
            all.add(refusal(xs));
        });
        claims.forEach((benefit, beneficiaries) -> {
            for (String beneficiary : beneficiaries) {
                String key = key(benefit, beneficiary);
                if (!decided.containsKey(key) && !byClaim.containsKey(key)) {
                    throw new EvaluationException("rule set error: the rules decided nothing on " + benefit + " for "
                            + beneficiary + ", which the rule set claims: a case of its steps has no rule");
                }
            }
        });
        return all;
    }

    /** Ineligible when a condition fails on the facts; not computable, naming every missing input, when inputs are all that is missing. */
    private static Verdict refusal(List<Exclusion> xs) {
        Exclusion first = xs.get(0);
        List<String> missing = new ArrayList<>();
        for (Exclusion x : xs) {
            if (!x.notComputable()) {
                return Verdict.ineligible(first.benefit(), first.beneficiary());
            }
            if (!missing.contains(x.missingInput())) {
                missing.add(x.missingInput());
            }
        }
        return Verdict.notComputable(first.benefit(), first.beneficiary(), missing.toArray(new String[0]));
    }

    private void requireClaimed(String benefit, String beneficiary, String what) {
        Set<String> claimed = claims.get(benefit);
        if (claimed == null) {
            if (exclusions.stream().anyMatch(x -> x.benefit().equals(benefit))) {
                throw new EvaluationException("rule set error: " + benefit + " is " + what + " for " + beneficiary
                        + ", but no rule claims " + benefit + ": insert a Claim in the step '" + LegalStep.FAITS.group() + "'");
            }
            return;
        }
        if (!claimed.contains(beneficiary)) {
            throw new EvaluationException("rule set error: " + benefit + " is " + what + " for " + beneficiary
                    + ", which the rule set does not claim (it claims " + String.join(", ", claimed) + ")");
        }
    }

    private static String key(String benefit, String beneficiary) {
        return benefit + '\u0000' + beneficiary;
    }
}
