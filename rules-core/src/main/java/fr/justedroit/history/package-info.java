/**
 * A household's history: a {@link fr.justedroit.history.Timeline} of facts over a span of months (as
 * declared, and as established after a check or a correction), every month decided under its own law,
 * and the overpayments (<i>indus</i>) and arrears (<i>rappels</i>) that follow, with their prescription.
 *
 * <p>Read a timeline with {@link fr.justedroit.history.Timelines}, recompute it with
 * {@link fr.justedroit.history.History}, print the result with {@link fr.justedroit.history.HistoryJson}
 * or {@link fr.justedroit.history.HistoryStatement}. The readings of the law are in {@code docs/history.md}.
 */
package fr.justedroit.history;
