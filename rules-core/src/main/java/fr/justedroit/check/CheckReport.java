package fr.justedroit.check;

import java.util.List;

/**
 * What {@link RuleSetChecks} found.
 *
 * @param problems every problem, in the order found (load errors first, then by kind)
 * @param rules how many rules were checked (0 when the rule sets do not load)
 * @param parameters how many parameters were checked (0 when the rule sets do not load)
 * @param compiled whether the rule sets loaded and compiled; when not, only the load errors are known
 */
public record CheckReport(List<CheckProblem> problems, int rules, int parameters, boolean compiled) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** Whether nothing was found. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems of one kind. */
    public List<CheckProblem> problems(CheckProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** One line per problem, then a summary line. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        if (!compiled) {
            sb.append("The rule sets do not load: the other checks run once these errors are fixed.\n");
        }
        if (problems.isEmpty()) {
            sb.append("No problem: ").append(rules).append(" rules and ").append(parameters).append(" parameters checked.\n");
        } else {
            sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append('\n');
        }
        return sb.toString();
    }
}
