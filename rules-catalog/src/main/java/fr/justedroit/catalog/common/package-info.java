/**
 * The facts that {@code common.drl} builds for several rule sets of the catalog (the reference quarter and
 * its months, the members of the foyer). They are Java records rather than types declared in the DRL so that
 * their text forms withhold their values ({@link fr.justedroit.rules.Redacted}): Drools prints every fact it
 * inserts and matches when its loggers are at TRACE, whatever the embedder's logging configuration.
 */
package fr.justedroit.catalog.common;
