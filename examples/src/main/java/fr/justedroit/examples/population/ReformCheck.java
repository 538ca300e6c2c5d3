package fr.justedroit.examples.population;

import fr.justedroit.JusteDroit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is wrong with a reform against the law in force, checked before a population is decided under
 * it: the command line and the cluster's job refuse the same reforms with the same words.
 */
public final class ReformCheck {
    private ReformCheck() {
    }

    /**
     * What is wrong with {@code reformed} (the law with a reform), or {@code null}: a parameter the law
     * does not know (a typo would otherwise change nothing, silently), or a reform that changes nothing.
     */
    public static String problem(JusteDroit law, JusteDroit reformed) {
        Set<String> unknown = new TreeSet<>(reformed.catalog().parameterTimelines().keySet());
        unknown.removeAll(law.catalog().parameterTimelines().keySet());
        if (!unknown.isEmpty()) {
            return "the reform sets parameters the rule sets do not have: " + String.join(", ", unknown);
        }
        if (reformed.catalog().ruleFiles().equals(law.catalog().ruleFiles())
                && reformed.catalog().parameterTimelines().equals(law.catalog().parameterTimelines())) {
            return "the reform changes no rule file and no parameter value";
        }
        return null;
    }

    /** The rule files the reform adds to the law's (allowed; worth saying). */
    public static List<String> addedRuleFiles(JusteDroit law, JusteDroit reformed) {
        List<String> added = new ArrayList<>(reformed.catalog().ruleFiles().keySet());
        added.removeAll(law.catalog().ruleFiles().keySet());
        return added;
    }
}
