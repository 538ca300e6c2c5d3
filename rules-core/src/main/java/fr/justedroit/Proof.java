package fr.justedroit;

/** The document that proves domestic violence for the emergency aid ({@code violenceAid.proof}). */
public enum Proof implements JsonName {
    /** Ordonnance de protection (art. 515-9 C. civ.). */
    PROTECTION_ORDER,
    /** Dépôt de plainte. */
    COMPLAINT,
    /** Signalement adressé au procureur de la République. */
    REPORT_TO_PROSECUTOR;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
