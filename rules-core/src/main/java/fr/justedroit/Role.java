package fr.justedroit;

/** The place of a person in the household ({@code persons[].role}). */
public enum Role implements JsonName {
    /** The person who claims; exactly one per household. */
    APPLICANT,
    /** Spouse, PACS partner or concubin of the applicant; at most one. */
    PARTNER,
    /** A dependent child. */
    CHILD,
    /** Another member of the household. */
    OTHER;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
