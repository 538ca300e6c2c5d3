package fr.justedroit.catalog.aah;

import fr.justedroit.rules.Redacted;
import java.util.Objects;

/**
 * Which evaluation of the resources applies to a person (CSS R821-4, R821-4-1): quarterly for work in milieu
 * ordinaire with earned income in the reference quarter, annual (N-2) otherwise; by {@code aah.evaluation.*}.
 *
 * @param id the id of the person who gets the AAH decision
 * @param quarterly true for the quarterly evaluation, false for the annual one
 */
public record AahModeEvaluation(String id, boolean quarterly) {

    public AahModeEvaluation {
        Objects.requireNonNull(id, "id");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "AahModeEvaluation[" + Redacted.NOTE + "]";
    }
}
