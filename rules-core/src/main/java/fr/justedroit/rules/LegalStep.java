package fr.justedroit.rules;

import java.util.List;

/**
 * The legal steps every rule set runs through, in this order, for every benefit: the one list of the
 * catalog. A rule names its step with {@code ruleflow-group "conditions"}; the engine gives the steps
 * the focus one after the other, so a rule never needs a salience, and a rule of a step sees every
 * fact of the earlier steps.
 *
 * <p>The convention that makes the order inside a step irrelevant: a rule may match a fact produced
 * in its own step only by a positive pattern; it reads facts of its own step neither by {@code not},
 * {@code exists} nor {@code accumulate} (those read the facts of earlier steps). A fact that another
 * rule must count or miss goes one step earlier.
 *
 * <p>A failed condition inserts an {@link Exclusion}; the engine then runs no rule of a later step of
 * that benefit for that beneficiary, and decides the refusal itself. See {@code docs/rule-authors.md}.
 */
public enum LegalStep {
    /** The facts of the month every benefit reads: reference quarter, resources of each person and month, foyer members, thresholds, and the benefits each rule set examines ({@link Claim}). */
    FAITS("faits"),
    /** The foyer: its composition and the isolement of its applicant. */
    FOYER("foyer"),
    /** The conditions of the right: a failed one inserts an {@link Exclusion}. */
    CONDITIONS("conditions"),
    /** The resources counted, forfait logement included. */
    RESSOURCES("ressources"),
    /** The amounts of the barème: montant forfaitaire and its majorations, bonifications. */
    BAREME("bareme"),
    /** The calculation of the amount from the barème and the resources. */
    MONTANT("montant"),
    /** The decision: the amount paid, the payment threshold, the verdict. */
    DECISION("decision");

    private static final List<LegalStep> ORDER = List.of(values());

    private final String group;

    LegalStep(String group) {
        this.group = group;
    }

    /** The name a rule gives in {@code ruleflow-group "..."}. */
    public String group() {
        return group;
    }

    /** The steps in the order they run. */
    public static List<LegalStep> inOrder() {
        return ORDER;
    }

    /** The step named {@code group}, or {@code null} when no step has that name. */
    public static LegalStep named(String group) {
        for (LegalStep s : ORDER) {
            if (s.group.equals(group)) {
                return s;
            }
        }
        return null;
    }
}
