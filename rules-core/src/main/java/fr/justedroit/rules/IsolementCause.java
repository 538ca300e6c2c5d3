package fr.justedroit.rules;

/**
 * Why an applicant is entitled to the majoration pour isolement of the RSA (CASF L262-9) and of the
 * prime d'activité (CSS L842-7): one determination for both benefits ({@code commun.isolement.*}).
 */
public enum IsolementCause {
    /** An isolated pregnant woman, while pregnant. */
    PREGNANCY("pregnancy"),
    /** An isolated parent whose youngest child is under the age limit (3). */
    YOUNG_CHILD("young_child"),
    /** An isolated parent, during the months that follow the isolation (12). */
    RECENT_ISOLATION("recent_isolation");

    private final String key;

    IsolementCause(String key) {
        this.key = key;
    }

    /** The cause as a word of {@code benefit}'s sentences: the term {@code <benefit>.isolement.<cause>}. */
    public Term term(String benefit) {
        return new Term(benefit + ".isolement." + key);
    }
}
