/**
 * The facts that {@code violence_aid.drl} builds at each legal step of the aide universelle d'urgence for the
 * victims of domestic violence (the children, the victim's resources, the scale and its thresholds, the amount,
 * the form and the loan's terms). They are Java records rather than types declared in the DRL so that their
 * text forms withhold their values ({@link fr.justedroit.rules.Redacted}): Drools prints every fact it inserts
 * and matches when its loggers are at TRACE, whatever the embedder's logging configuration.
 */
package fr.justedroit.catalog.violenceaid;
