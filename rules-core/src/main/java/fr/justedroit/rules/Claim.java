package fr.justedroit.rules;

import java.util.Objects;

/**
 * A rule set's declaration that it decides {@code benefit} for {@code beneficiary} in this
 * evaluation: inserted by a rule of the {@link LegalStep#FAITS} step ({@code insert(new Claim("rsa",
 * "household"))}, or one per person for a benefit of persons). The engine refuses, as a rule-set
 * error, a response in which a claim has no decision, or a benefit with claims is decided for a
 * beneficiary it did not claim.
 *
 * @param benefit the benefit id, as in its {@link Verdict}s
 * @param beneficiary {@code household} or a person id
 */
public record Claim(String benefit, String beneficiary) {

    public Claim {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(beneficiary, "beneficiary");
    }

    /** A text form without the person ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "Claim[benefit=" + benefit + ", " + Redacted.NOTE + "]";
    }
}
