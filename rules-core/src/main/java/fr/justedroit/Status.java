package fr.justedroit;

/** The outcome of a decision. */
public enum Status implements JsonName {
    /** Entitled; the amount may still be 0 after a payment threshold, and a reason says so. */
    ELIGIBLE,
    /** A condition fails; a reason names it. */
    INELIGIBLE,
    /** An input needed to decide is missing; {@link Decision#missingInputs()} names each one. */
    NOT_COMPUTABLE;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
