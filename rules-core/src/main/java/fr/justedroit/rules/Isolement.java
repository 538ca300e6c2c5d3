package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The applicant is isolated in the sense of CASF L262-9 and CSS L842-7 (inserted by the rules
 * {@code commun.isolement.*}); at most one per evaluation.
 *
 * @param cause why
 * @param parameters the dated parameters that decided it (the age of the youngest child, the duration
 *     after the isolation), for the reasons of the benefits that use it
 * @param lastMonth the last month of the majoration as the facts of the request stand (CASF R262-2: twelve
 *     months from the isolation, prolonged until the youngest child is three), or {@code null} while it
 *     cannot be known (a pregnancy: it goes on after the birth, until the child is three)
 */
public record Isolement(IsolementCause cause, List<ParameterValue> parameters, YearMonth lastMonth) {

    public Isolement {
        Objects.requireNonNull(cause, "cause");
        parameters = List.copyOf(parameters);
    }

    /** An isolement whose end is not known. */
    public Isolement(IsolementCause cause, List<ParameterValue> parameters) {
        this(cause, parameters, null);
    }

    /** Without the month (derived from dates of the request, {@link Redacted}): Drools prints facts at TRACE. */
    @Override
    public String toString() {
        return "Isolement[cause=" + cause + ", " + Redacted.NOTE + "]";
    }
}
