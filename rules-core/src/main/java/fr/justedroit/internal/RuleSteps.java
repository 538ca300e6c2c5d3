package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import fr.justedroit.rules.LegalStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The legal step of every rule of a knowledge base ({@code ruleflow-group "conditions"}, one of
 * {@link LegalStep}), and the benefit it belongs to (its name's first segment: {@code rsa} for
 * {@code rsa.montant}). Immutable once built; shared by every evaluation of the engine.
 *
 * <p>A file whose rules have no step at all is a rule set not converted yet: its rules run after the
 * last step, ordered by their salience as before (the transition of the AAH and the violence aid).
 * A file that names steps must name one for every rule, and none of its rules may have a salience.
 */
public final class RuleSteps {

    /** Where a rule runs: its benefit and its step. */
    record Place(String benefit, LegalStep step) {
    }

    private final Map<String, Place> byRule;
    private final List<LegalStep> used;

    private RuleSteps(Map<String, Place> byRule) {
        this.byRule = byRule;
        this.used = LegalStep.inOrder().stream().filter(s -> byRule.values().stream().anyMatch(p -> p.step() == s)).toList();
    }

    /** The steps of the rules of {@code kieBase}. */
    public static RuleSteps of(KieBase kieBase) {
        Map<String, Place> places = new HashMap<>();
        for (Rule r : rules(kieBase)) {
            LegalStep step = LegalStep.named(group(r));
            if (step != null) {
                places.put(r.getName(), new Place(benefitOf(r.getName()), step));
            }
        }
        return new RuleSteps(Map.copyOf(places));
    }

    /** The steps that have rules, in their order (a session knows only the groups of its rules). */
    List<LegalStep> used() {
        return used;
    }

    /** The step and benefit of {@code ruleName}, or {@code null} for a rule without a step. */
    Place place(String ruleName) {
        return byRule.get(ruleName);
    }

    /**
     * The rules that break the step conventions, each named with its file and line: a step that is not
     * one of {@link LegalStep}, a salience in a rule with a step, a rule without a step in a file whose
     * other rules have one.
     */
    public static List<LoadProblem> problems(KieBase kieBase, Map<String, String> drlByPath) {
        Map<String, LoadProblem> where = LegalReferences.declarations(drlByPath);
        Set<String> steppedFiles = new HashSet<>();
        List<Rule> all = rules(kieBase);
        for (Rule r : all) {
            if (group(r) != null) {
                steppedFiles.add(fileOf(where, r));
            }
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (Rule r : all) {
            String group = group(r);
            String file = fileOf(where, r);
            LoadProblem at = where.getOrDefault(r.getName(), new LoadProblem("(rule set)", 0, null, null));
            if (group != null && LegalStep.named(group) == null) {
                problems.add(new LoadProblem(at.file(), at.line(), r.getName(), "the rule's step '" + group
                        + "' is not a legal step: use ruleflow-group with one of " + stepNames()));
            } else if (group != null && ((RuleImpl) r).getSalienceValue() != 0) {
                problems.add(new LoadProblem(at.file(), at.line(), r.getName(),
                        "the rule has a salience: the order comes from its step (ruleflow-group), remove the salience"));
            } else if (group == null && steppedFiles.contains(file)) {
                problems.add(new LoadProblem(at.file(), at.line(), r.getName(),
                        "the rule has no step while the other rules of its file have one: add ruleflow-group with one of "
                                + stepNames()));
            }
        }
        problems.sort(Comparator.comparing(LoadProblem::file).thenComparingInt(LoadProblem::line));
        return problems;
    }

    private static List<Rule> rules(KieBase kieBase) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        return rules;
    }

    /** The rule's ruleflow-group (which Drools 10 keeps as its agenda group), or {@code null} for none. */
    private static String group(Rule r) {
        RuleImpl rule = (RuleImpl) r;
        String group = rule.getRuleFlowGroup();
        if (group == null || group.isEmpty() || group.equals("MAIN")) {
            group = rule.isMainAgendaGroup() ? null : rule.getAgendaGroup();
        }
        return group == null || group.isEmpty() || group.equals("MAIN") ? null : group;
    }

    private static String fileOf(Map<String, LoadProblem> where, Rule r) {
        LoadProblem at = where.get(r.getName());
        return at == null ? "(rule set)" : at.file();
    }

    static String benefitOf(String ruleName) {
        int dot = ruleName.indexOf('.');
        return dot < 0 ? ruleName : ruleName.substring(0, dot);
    }

    private static String stepNames() {
        List<String> names = new ArrayList<>();
        LegalStep.inOrder().forEach(s -> names.add(s.group()));
        return String.join(", ", names);
    }
}
