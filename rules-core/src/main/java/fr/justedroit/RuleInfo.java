package fr.justedroit;

/**
 * A rule of the loaded rule sets, for coverage reports and checks.
 *
 * @param name the rule's name, for example {@code rsa.montant_forfaitaire}
 * @param ruleSet the DRL package it belongs to
 * @param legalRef the legal reference of its {@code @legalRef} metadata, or {@code null} if it cites none
 */
public record RuleInfo(String name, String ruleSet, String legalRef) {
}
