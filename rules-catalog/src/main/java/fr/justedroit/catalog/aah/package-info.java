/**
 * The facts that {@code aah.drl} builds at each legal step of the AAH (who claims, the reference periods, the
 * household, the evaluation and the resources, the amounts). They are Java records rather than types declared
 * in the DRL so that their text forms withhold their values ({@link fr.justedroit.rules.Redacted}): incapacity
 * rates and resources among them, which Drools prints with every fact it inserts and matches when its loggers
 * are at TRACE, whatever the embedder's logging configuration.
 */
package fr.justedroit.catalog.aah;
