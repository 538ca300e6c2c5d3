package fr.justedroit;

/**
 * The assessment of the CDAPH (commission des droits et de l'autonomie des personnes handicapées).
 *
 * @param incapacityRate the rate of permanent incapacity, 0 to 100, or {@code null} when not known
 * @param employmentRestriction whether the "restriction substantielle et durable d'accès à l'emploi"
 *     is recognised; {@code null} when not known
 */
public record Disability(Integer incapacityRate, Boolean employmentRestriction) {
}
