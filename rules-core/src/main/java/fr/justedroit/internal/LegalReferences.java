package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule of this project cites the article it implements ({@code @legalRef("CASF art. L262-2")}):
 * a rule set with a rule that cites nothing is refused at load, each such rule named with its file
 * and line.
 */
public final class LegalReferences {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private LegalReferences() {
    }

    /** One problem per rule of {@code kieBase} without a non-blank {@code @legalRef}; empty if none. */
    public static List<LoadProblem> missing(KieBase kieBase, Map<String, String> drlByPath) {
        // Where the rules are declared is looked up only when one lacks its reference: scanning the
        // text costs a cold start more than the check itself.
        Map<String, LoadProblem> where = null;
        List<LoadProblem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                String text = RuleMetadata.legalRef(r);
                if (text == null || text.isBlank()) {
                    if (where == null) {
                        where = declarations(drlByPath);
                    }
                    LoadProblem at = where.getOrDefault(r.getName(), new LoadProblem("(rule set)", 0, null, null));
                    problems.add(new LoadProblem(at.file(), at.line(), r.getName(),
                            "the rule has no @legalRef: every rule cites the article it implements, e.g. @legalRef(\"CASF art. L262-2\")"));
                }
            }
        }
        problems.sort(Comparator.comparing(LoadProblem::file).thenComparingInt(LoadProblem::line));
        return problems;
    }

    /** Where each rule is declared: file and line, by rule name. */
    static Map<String, LoadProblem> declarations(Map<String, String> drlByPath) {
        Map<String, LoadProblem> where = new HashMap<>();
        drlByPath.forEach((file, text) -> {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count()
                        + (int) m.group().chars().takeWhile(c -> c == '\n' || c == '\r' || c == ' ' || c == '\t').filter(c -> c == '\n').count();
                where.putIfAbsent(name, new LoadProblem(file, line, null, null));
            }
        });
        return where;
    }
}
