/**
 * Static checks of rule sets, run before any household is decided: {@link fr.justedroit.check.RuleSetChecks}
 * (compile errors, gaps in parameter timelines, rules without a legal reference, parameters nobody
 * reads, sentences missing in a language), and {@link fr.justedroit.check.RuleIndex}, what the DRL text
 * says about rules, rule sets and parameter ids.
 */
package fr.justedroit.check;
