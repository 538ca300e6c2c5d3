package fr.justedroit.rules;

/**
 * The two calculations of the allocation aux adultes handicapés: with the partner's resources (the
 * rules in force on 30 September 2023, kept under the droit d'option of décret n° 2022-1694, art. 2) and
 * without them (CSS L821-3 and D821-2 since 1 October 2023).
 */
public enum AahCalculation {
    /** With the partner's resources ("conjugalisé"). */
    CONJUGALISE("conjugalise"),
    /** The person's own resources only ("déconjugalisé"). */
    DECONJUGALISE("deconjugalise");

    private final String detail;

    AahCalculation(String detail) {
        this.detail = detail;
    }

    /** The calculation's name in a decision's details ({@code details.calculation}, {@code details.conjugalise}…). */
    public String detail() {
        return detail;
    }
}
