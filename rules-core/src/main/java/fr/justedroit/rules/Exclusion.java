package fr.justedroit.rules;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A failed condition: benefit {@code benefit} is not granted to {@code beneficiary}, because of rule
 * {@code rule}. The one fact every rule set inserts for a failed condition
 * ({@code insert(Exclusion.ineligible(kcontext, "rsa", "household"))}); the rule also records its
 * reason with {@code explain.of(...)} as any other. Once a benefit is excluded for a beneficiary, the
 * engine runs no rule of that benefit in a later {@link LegalStep} for it (every failed condition of
 * the same step is still reported), and decides the refusal: ineligible when one exclusion says so,
 * otherwise not computable with every missing input named.
 *
 * @param benefit the benefit id
 * @param beneficiary {@code household} or a person id
 * @param rule the rule whose condition failed
 * @param missingInput the path of the input whose absence prevents the decision, or {@code null}
 *     when the condition fails on the facts given (ineligible)
 */
public record Exclusion(String benefit, String beneficiary, String rule, String missingInput) {

    public Exclusion {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(rule, "rule");
    }

    /** The condition of the firing rule fails: {@code benefit} is not due to {@code beneficiary}. */
    public static Exclusion ineligible(RuleContext kcontext, String benefit, String beneficiary) {
        return new Exclusion(benefit, beneficiary, kcontext.getRule().getName(), null);
    }

    /** The firing rule cannot tell whether the condition holds: the input at {@code missingPath} is missing. */
    public static Exclusion notComputable(RuleContext kcontext, String benefit, String beneficiary, String missingPath) {
        return new Exclusion(benefit, beneficiary, kcontext.getRule().getName(),
                Objects.requireNonNull(missingPath, "missingPath"));
    }

    /** Whether this exclusion only says that an input is missing. */
    public boolean notComputable() {
        return missingInput != null;
    }

    /** A text form without the person ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "Exclusion[benefit=" + benefit + ", " + Redacted.NOTE + "]";
    }
}
