/**
 * The facts that {@code prime_activite.drl} builds at each legal step of the prime d'activité (the foyer, the
 * thresholds of the month, the montant forfaitaire and the forfait logement, the bonifications, the montants
 * intermédiaires, the amount). They are Java records rather than types declared in the DRL so that their text
 * forms withhold their values ({@link fr.justedroit.rules.Redacted}): Drools prints every fact it inserts and
 * matches when its loggers are at TRACE, whatever the embedder's logging configuration.
 */
package fr.justedroit.catalog.primeactivite;
