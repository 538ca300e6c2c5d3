/**
 * Scenario suites for policy analysts: YAML files of households with the decisions the law gives
 * them, read by {@link fr.justedroit.scenario.ScenarioFiles} and run by
 * {@link fr.justedroit.scenario.ScenarioRunner} — from the command line through
 * {@link fr.justedroit.scenario.ScenarioSuite} (a {@link fr.justedroit.scenario.SuiteResult}, written as
 * text by {@link fr.justedroit.scenario.ScenarioReport} and as JUnit XML by
 * {@link fr.justedroit.scenario.JUnitXml}), or as JUnit tests under Surefire through
 * {@link fr.justedroit.scenario.ScenarioTests}. {@link fr.justedroit.scenario.RuleCoverage} says which
 * rules fired and which legal articles were exercised.
 */
package fr.justedroit.scenario;
