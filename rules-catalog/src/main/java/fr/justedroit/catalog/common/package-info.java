/**
 * The facts that {@code common.drl} builds for several rule sets of the catalog (the reference quarter and
 * its months, the members of the foyer), and the accumulate functions the catalog's rule sets collect and
 * count with ({@link fr.justedroit.catalog.common.CollectRedacted}, {@link fr.justedroit.catalog.common.CountRedacted}).
 * They are Java types rather than types declared in the DRL, or Drools' own lists and numbers, so that their
 * text forms withhold their values ({@link fr.justedroit.rules.Redacted}): Drools prints every fact it inserts
 * and matches when its loggers are at TRACE, an accumulate's result among them, whatever the embedder's
 * logging configuration.
 */
package fr.justedroit.catalog.common;
