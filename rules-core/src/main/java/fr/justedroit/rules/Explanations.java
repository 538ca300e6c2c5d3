package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.internal.RuleMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The reasons recorded during one evaluation (global {@code explain} of every rule set).
 *
 * <p>A rule records a step with {@code explain.of(kcontext, "rsa", "household")}, then adds the
 * values its sentence shows ({@link Step#with}) and the parameters it used ({@link Step#using}).
 * The rule's name and its {@code @legalRef} metadata are taken from {@code kcontext}; the sentence
 * lives in the rule set's message files under the rule's name (or the key given by {@link Step#key}).
 * Steps keep the order in which rules fired. Not thread-safe: one per session.
 */
public final class Explanations {
    /**
     * A recorder that records nothing, for runs that need only the amounts (mass simulations): its
     * steps ignore what rules add to them. Immutable, so shared by every evaluation.
     */
    public static final Explanations OFF = new Explanations(false);

    private final List<Step> steps;

    /** A recorder for one evaluation. */
    public Explanations() {
        this(true);
    }

    private Explanations(boolean recording) {
        this.steps = recording ? new ArrayList<>() : null;
    }

    /** Whether this recorder keeps the steps (false for {@link #OFF}). */
    public boolean recording() {
        return steps != null;
    }

    /** Starts a step of the reasoning on {@code benefit} for {@code beneficiary}. */
    public Step of(RuleContext kcontext, String benefit, String beneficiary) {
        if (steps == null) {
            return Step.IGNORED;
        }
        String rule = kcontext.getRule().getName();
        Step step = new Step(benefit, beneficiary, rule, RuleMetadata.legalRef(kcontext.getRule()));
        steps.add(step);
        return step;
    }

    /** The steps recorded for one decision, in order. */
    public List<Reason> reasonsFor(String benefit, String beneficiary) {
        if (steps == null) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        for (Step s : steps) {
            if (s.benefit.equals(benefit) && s.beneficiary.equals(beneficiary)) {
                reasons.add(new Reason(s.rule, s.legalRef, s.key, s.args, s.parameters));
            }
        }
        return reasons;
    }

    /** One step being recorded; its methods return the step so that calls chain. */
    public static final class Step {
        /** The step of a recorder that records nothing: it ignores everything. */
        static final Step IGNORED = new Step(null, null, null, null);

        private final String benefit;
        private final String beneficiary;
        private final String rule;
        private final String legalRef;
        private String key;
        private final Map<String, Object> args = new LinkedHashMap<>();
        private final List<ParameterValue> parameters = new ArrayList<>();

        private Step(String benefit, String beneficiary, String rule, String legalRef) {
            this.benefit = benefit;
            this.beneficiary = beneficiary;
            this.rule = rule;
            this.legalRef = legalRef;
            this.key = rule;
        }

        /** A value shown in the sentence as {@code {name}}. */
        public Step with(String name, Object value) {
            if (this == IGNORED) {
                return this;
            }
            args.put(name, value);
            return this;
        }

        /** The dated parameters this step used (each once, in the order first given). */
        public Step using(ParameterValue... used) {
            if (this == IGNORED) {
                return this;
            }
            return using(Arrays.asList(used));
        }

        /** The dated parameters this step used, as a list (for example those a fact carries). */
        public Step using(List<ParameterValue> used) {
            if (this == IGNORED) {
                return this;
            }
            for (ParameterValue p : used) {
                if (!parameters.contains(p)) {
                    parameters.add(p);
                }
            }
            return this;
        }

        /** The message key of the sentence, when it is not the rule's name. */
        public Step key(String messageKey) {
            if (this == IGNORED) {
                return this;
            }
            this.key = messageKey;
            return this;
        }
    }
}
