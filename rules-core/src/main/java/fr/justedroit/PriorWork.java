package fr.justedroit;

import java.util.Objects;

/**
 * The professional activity a person under 25 worked before the RSA application, which opens the RSA
 * « jeune actif » (CASF art. L262-7-1: « par dérogation au 1° de l'article L. 262-4, une personne âgée de
 * dix-huit ans au moins et de vingt-cinq ans au plus bénéficie du revenu de solidarité active sous réserve
 * d'avoir […] exercé une activité professionnelle pendant un nombre déterminé d'heures de travail au cours
 * d'une période de référence précédant la date de la demande »; D262-25-1: at least 3 214 hours in the
 * three years before the application).
 *
 * <p>The hours are counted by the caller as the texts count them (the reference period extended by the
 * months of unemployment benefit, within six months; D262-25-1 s.): the request has no work history of
 * its own.
 *
 * @param hours the hours of professional activity in the reference period, from 0
 */
public record PriorWork(Integer hours) {

    public PriorWork {
        Objects.requireNonNull(hours, "hours");
    }
}
