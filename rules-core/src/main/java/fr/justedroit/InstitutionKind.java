package fr.justedroit;

/**
 * The establishments of a long stay that reduces the AAH (CSS R821-8, {@code persons[].institutionStay.kind}).
 * An embedder's exhaustive {@code switch} over this enum must expect new constants: the contract only grows.
 */
public enum InstitutionKind implements JsonName {
    /** An établissement de santé (hospital, clinic, psychiatric establishment). */
    HOSPITAL,
    /** An établissement pénitentiaire (detention). */
    PRISON,
    /** A maison d'accueil spécialisée (CASF L344-1). */
    MAS;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
