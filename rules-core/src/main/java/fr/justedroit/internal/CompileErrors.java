package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the errors Drools reports on a rule set into the ones its author can act on: each at the
 * file and line where it is, without the errors that only follow from it.
 *
 * <ul>
 *   <li>A syntax error makes Drools drop the declarations of its file, and every file of the same
 *       package then fails on the types it no longer finds: the syntax errors are reported alone.</li>
 *   <li>A rule whose condition does not compile also fails in its consequence (the bindings are
 *       missing): the condition's error is reported alone.</li>
 *   <li>A pattern of an unknown type leaves its bindings undefined, and Drools then reports, without a
 *       line, every expression that uses them: the unknown type is reported alone.</li>
 *   <li>A DRL function that does not compile makes every rule fail to import it: the function's
 *       error is reported alone.</li>
 *   <li>Drools reports every error of a consequence at the rule's first line, in one message: each is
 *       reported on its own, at the consequence line that holds the name it is about.</li>
 * </ul>
 */
final class CompileErrors {
    private static final String CONSEQUENCE = "Rule Compilation error";
    private static final Pattern SYNTAX = Pattern.compile("(?s)\\[ERR \\d+\\].*");
    private static final Pattern FUNCTION = Pattern.compile("^\\[ function (\\w+?)\\1 \\(line:\\d+\\)");
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("The constructor (\\w+)\\("),
            Pattern.compile("^(\\$?\\w+) cannot be resolved"),
            Pattern.compile("The field \\w+\\.(\\w+) "));

    private CompileErrors() {
    }

    static List<LoadProblem> of(List<LoadProblem> raw, Map<String, String> drl) {
        List<LoadProblem> syntax = raw.stream().filter(p -> SYNTAX.matcher(p.message()).matches()).toList();
        if (!syntax.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(syntax));
        }
        Set<String> brokenFunctions = new java.util.HashSet<>();
        for (LoadProblem p : raw) {
            Matcher m = FUNCTION.matcher(p.message());
            if (m.find()) {
                brokenFunctions.add(Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1));
            }
        }
        Set<String> filesWithUnknownTypes = new java.util.HashSet<>();
        for (LoadProblem p : raw) {
            if (p.message().startsWith("Unable to resolve ObjectType")) {
                filesWithUnknownTypes.add(p.file());
            }
        }
        Set<LoadProblem> result = new LinkedHashSet<>();
        for (LoadProblem p : raw) {
            if (importsABrokenFunction(p.message(), brokenFunctions)
                    || p.line() == 0 && filesWithUnknownTypes.contains(p.file())) {
                continue;
            }
            if (!p.message().startsWith(CONSEQUENCE)) {
                result.add(p);
                continue;
            }
            RuleBlock rule = RuleBlock.startingAt(drl.get(p.file()), p.line());
            if (rule != null && raw.stream().anyMatch(q -> q.file().equals(p.file()) && !q.message().startsWith(CONSEQUENCE)
                    && rule.inCondition(q.line()))) {
                continue;
            }
            for (String error : p.message().substring(CONSEQUENCE.length()).strip().split("\\R")) {
                if (error.isBlank()) {
                    continue;
                }
                int line = rule == null ? p.line() : rule.consequenceLineOf(nameIn(error));
                result.add(new LoadProblem(p.file(), line, p.key(), "in the consequence: " + error.strip()));
            }
        }
        return List.copyOf(result);
    }

    private static boolean importsABrokenFunction(String message, Set<String> functions) {
        for (String f : functions) {
            if (message.contains("Error importing") && message.contains("." + f + ".")
                    || message.contains("The import ") && message.contains("." + f + " cannot be resolved")) {
                return true;
            }
        }
        return false;
    }

    private static String nameIn(String error) {
        for (Pattern p : NAMES) {
            Matcher m = p.matcher(error.strip());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The lines of one rule: its first line, the {@code then} and the {@code end}. */
    private record RuleBlock(List<String> lines, int start, int then, int end) {
        static RuleBlock startingAt(String text, int line) {
            if (text == null || line < 1) {
                return null;
            }
            List<String> lines = text.lines().toList();
            if (line > lines.size() || !lines.get(line - 1).strip().startsWith("rule")) {
                return null;
            }
            int then = -1;
            for (int i = line; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (then < 0 && (l.equals("then") || l.startsWith("then ") || l.startsWith("then//"))) {
                    then = i + 1;
                } else if (then > 0 && l.equals("end")) {
                    return new RuleBlock(lines, line, then, i + 1);
                }
            }
            return null;
        }

        boolean inCondition(int line) {
            return line >= start && line < then;
        }

        /** The first consequence line with {@code name} as a whole word; the rule's line if none. */
        int consequenceLineOf(String name) {
            if (name == null) {
                return start;
            }
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
            for (int i = then + 1; i < end; i++) {
                if (word.matcher(lines.get(i - 1)).find()) {
                    return i;
                }
            }
            return start;
        }
    }
}
