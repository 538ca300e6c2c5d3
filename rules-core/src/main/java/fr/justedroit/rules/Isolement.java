package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import java.util.List;
import java.util.Objects;

/**
 * The applicant is isolated in the sense of CASF L262-9 and CSS L842-7 (inserted by the rules
 * {@code commun.isolement.*}); at most one per evaluation.
 *
 * @param cause why
 * @param parameters the dated parameters that decided it (the age of the youngest child, the duration
 *     after the isolation), for the reasons of the benefits that use it
 */
public record Isolement(IsolementCause cause, List<ParameterValue> parameters) {

    public Isolement {
        Objects.requireNonNull(cause, "cause");
        parameters = List.copyOf(parameters);
    }
}
