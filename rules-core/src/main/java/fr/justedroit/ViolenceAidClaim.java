package fr.justedroit;

import java.time.LocalDate;

/**
 * A claim for the aide universelle d'urgence for victims of domestic violence.
 *
 * @param victim the id of the person who claims
 * @param proof the kind of proof, or {@code null} when none is given
 * @param proofDate date of the proof, or {@code null}
 * @param applicationDate date of the application, or {@code null}
 * @param lastAidDate date of the decision of the previous aid, or {@code null} if none
 */
public record ViolenceAidClaim(
        String victim, Proof proof, LocalDate proofDate, LocalDate applicationDate, LocalDate lastAidDate) {

    /** A text form without the values ({@link fr.justedroit.rules.Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "ViolenceAidClaim[" + fr.justedroit.rules.Redacted.NOTE + "]";
    }
}
