package fr.justedroit.rules;

/**
 * The hours a person worked before the RSA application ({@code persons[].priorWork} of the request, CASF
 * art. L262-7-1 and D262-25-1), as the rules see it: one fact per person whose request gives them.
 *
 * @param personId the person
 * @param hours the hours of professional activity in the reference period
 */
public record PriorWorkHours(String personId, int hours) {

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "PriorWorkHours[" + Redacted.NOTE + "]";
    }
}
