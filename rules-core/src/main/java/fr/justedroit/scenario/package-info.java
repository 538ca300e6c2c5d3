/**
 * Scenario suites for policy analysts: YAML files of households with the decisions the law gives
 * them, read by {@link fr.justedroit.scenario.ScenarioFiles}, run by
 * {@link fr.justedroit.scenario.ScenarioRunner}, and turned into JUnit tests by
 * {@link fr.justedroit.scenario.ScenarioTests}.
 */
package fr.justedroit.scenario;
