package fr.justedroit.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.JusteDroit;
import fr.justedroit.RuleInfo;
import fr.justedroit.check.RuleIndex;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules a run of scenarios fired, which it never fired, and which legal articles (from the
 * rules' {@code @legalRef}) it never exercised — per rule set (one folder per benefit, plus
 * {@code common}).
 *
 * <p>An article is exercised when a rule that cites it fired. References are split into articles:
 * {@code "CASF art. R262-1 et R262-3"} cites {@code CASF art. R262-1} and {@code CASF art. R262-3};
 * {@code "CASF art. R262-7 ; CSS art. R843-2"} cites two articles of two codes.
 */
public final class RuleCoverage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern ARTICLE = Pattern.compile("^(.*?\\b(?:[Aa]rt(?:icles?|s)?\\.?))\\s+(.+)$");

    /**
     * The coverage of one rule set.
     *
     * @param ruleSet the rule set (its folder: {@code rsa}, {@code common}...)
     * @param rules every rule of the set with the number of times it fired (0: never), by name
     * @param articles every article its rules cite, with whether a fired rule cites it, by article
     */
    public record RuleSetCoverage(String ruleSet, Map<String, Integer> rules, Map<String, Boolean> articles) {

        public RuleSetCoverage {
            rules = Collections.unmodifiableMap(new TreeMap<>(rules));
            articles = Collections.unmodifiableMap(new TreeMap<>(articles));
        }

        /** The rules that fired at least once. */
        public List<String> fired() {
            return rules.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        }

        /** The rules that never fired. */
        public List<String> neverFired() {
            return rules.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        }

        /** The articles cited only by rules that never fired. */
        public List<String> articlesNeverExercised() {
            return articles.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }

        /** Whether every rule fired. */
        public boolean complete() {
            return neverFired().isEmpty();
        }
    }

    private final List<RuleSetCoverage> ruleSets;

    private RuleCoverage(List<RuleSetCoverage> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /**
     * The coverage of the engine's rules by the firings counted.
     *
     * @param engine the engine the scenarios ran on
     * @param fired how many times each rule fired, by rule name
     */
    public static RuleCoverage of(JusteDroit engine, Map<String, Integer> fired) {
        RuleIndex index = RuleIndex.of(engine.catalog().ruleFiles());
        Map<String, Map<String, Integer>> rules = new TreeMap<>();
        Map<String, Map<String, Boolean>> articles = new TreeMap<>();
        for (RuleInfo rule : engine.catalog().rules()) {
            String set = index.ruleSetOf(rule.name());
            int count = fired.getOrDefault(rule.name(), 0);
            rules.computeIfAbsent(set, k -> new TreeMap<>()).put(rule.name(), count);
            Map<String, Boolean> cited = articles.computeIfAbsent(set, k -> new TreeMap<>());
            for (String article : articles(rule.legalRef())) {
                cited.merge(article, count > 0, Boolean::logicalOr);
            }
        }
        List<RuleSetCoverage> sets = new ArrayList<>();
        rules.forEach((set, counts) -> sets.add(new RuleSetCoverage(set, counts, articles.get(set))));
        return new RuleCoverage(sets);
    }

    /** The coverage of each rule set, by name. */
    public List<RuleSetCoverage> ruleSets() {
        return ruleSets;
    }

    /** The coverage of one rule set, or {@code null}. */
    public RuleSetCoverage ruleSet(String name) {
        return ruleSets.stream().filter(r -> r.ruleSet().equals(name)).findFirst().orElse(null);
    }

    /** Every rule that never fired, whatever its rule set. */
    public List<String> neverFired() {
        return ruleSets.stream().flatMap(r -> r.neverFired().stream()).toList();
    }

    /**
     * The articles a legal reference cites: split on {@code ;}, then on {@code ,} and {@code et}, each
     * article keeping the code named before {@code art.} ({@code "CASF art. L262-9 et R262-2"} gives
     * {@code CASF art. L262-9} and {@code CASF art. R262-2}). A reference without {@code art.} is one
     * article.
     */
    public static List<String> articles(String legalRef) {
        Set<String> result = new LinkedHashSet<>();
        if (legalRef == null || legalRef.isBlank()) {
            return List.of();
        }
        String prefix = null;
        for (String part : splitOutsideParentheses(legalRef, ";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = ARTICLE.matcher(p);
            String items;
            if (m.matches()) {
                prefix = m.group(1).strip();
                items = m.group(2);
            } else if (prefix != null && p.matches("^[A-Z]?\\d.*")) {
                items = p;                       // "CASF art. L262-2 ; R262-1": the same code
            } else {
                result.add(p);
                prefix = null;
                continue;
            }
            for (String item : splitOutsideParentheses(items.replaceAll("\\s+(?:et|and)\\s+", ","), ",")) {
                if (!item.isBlank()) {
                    result.add(prefix + " " + item.strip());
                }
            }
        }
        return List.copyOf(result);
    }

    private static List<String> splitOutsideParentheses(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * The coverage as text: one line per rule set (rules fired, articles exercised), and when
     * {@code details}, the rules never fired and the articles never exercised.
     */
    public String toText(boolean details) {
        StringBuilder sb = new StringBuilder();
        int width = ruleSets.stream().mapToInt(r -> r.ruleSet().length()).max().orElse(0);
        for (RuleSetCoverage r : ruleSets) {
            int rules = r.rules().size();
            int fired = r.fired().size();
            int articles = r.articles().size();
            int exercised = articles - r.articlesNeverExercised().size();
            sb.append(String.format("  %-" + width + "s  %3d/%-3d rules fired (%3d %%), %3d/%-3d articles exercised%n",
                    r.ruleSet(), fired, rules, rules == 0 ? 100 : fired * 100 / rules, exercised, articles));
            if (details) {
                if (!r.neverFired().isEmpty()) {
                    sb.append("      never fired:\n").append(Text.wrap(r.neverFired(), "        ")).append('\n');
                }
                if (!r.articlesNeverExercised().isEmpty()) {
                    sb.append("      articles never exercised:\n").append(Text.wrap(r.articlesNeverExercised(), "        ")).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * The coverage as JSON, for a CI to keep:
     * {@code {"ruleSets": [{"ruleSet", "rules": n, "fired": n, "neverFired": [...], "articles": n,
     * "articlesNeverExercised": [...], "firings": {"rule": count}}]}}.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("rules", ruleSets.stream().mapToInt(r -> r.rules().size()).sum());
        root.put("fired", ruleSets.stream().mapToInt(r -> r.fired().size()).sum());
        ArrayNode sets = root.putArray("ruleSets");
        for (RuleSetCoverage r : ruleSets) {
            ObjectNode n = sets.addObject();
            n.put("ruleSet", r.ruleSet());
            n.put("rules", r.rules().size());
            n.put("fired", r.fired().size());
            r.neverFired().forEach(n.putArray("neverFired")::add);
            n.put("articles", r.articles().size());
            n.put("articlesExercised", r.articles().size() - r.articlesNeverExercised().size());
            r.articlesNeverExercised().forEach(n.putArray("articlesNeverExercised")::add);
            ObjectNode firings = n.putObject("firings");
            r.rules().forEach(firings::put);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return toText(true);
    }

    /** How many times each rule fired over these outcomes. */
    static Map<String, Integer> count(List<ScenarioOutcome> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ScenarioOutcome o : outcomes) {
            for (String rule : o.firedRules()) {
                counts.merge(rule, 1, Integer::sum);
            }
        }
        return counts;
    }
}
