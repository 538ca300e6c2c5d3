package fr.justedroit.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text of the DRL files says, read without compiling it: where each rule is declared, which
 * rule set (folder) it belongs to, which message keys its explanations need, and which parameter ids
 * the rules and helper functions name.
 *
 * <p>Comments are ignored. A parameter id counts as named when it is a string literal anywhere in the
 * code ({@code params.get("rsa.seuil_versement")}, or a helper called with the id), or when a literal
 * of at least two segments ending in {@code .} or {@code _} is concatenated
 * ({@code "rsa.forfait_logement.taux_" + n}) and the id starts with it.
 */
public final class RuleIndex {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern EXPLAIN = Pattern.compile("\\bexplain\\s*\\.\\s*of\\s*\\(");
    private static final Pattern KEY_CALL = Pattern.compile("\\.\\s*key\\s*\\(");
    private static final Pattern PARAM_READ = Pattern.compile("\\bparams\\s*\\.\\s*(?:get|value|at)\\s*\\(\\s*$");
    private static final Pattern TERM = Pattern.compile("\\bnew\\s+Term\\s*\\(\\s*$");
    private static final Pattern KEY_ARGUMENT = Pattern.compile("\\.\\s*key\\s*\\(\\s*$");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+$");
    private static final Pattern WITH_ARGUMENT = Pattern.compile("\\.\\s*with\\s*\\(\\s*$");

    /**
     * A rule as declared in a DRL file.
     *
     * @param name the rule's name
     * @param file the DRL file, relative to the rule-set root ({@code rsa/rsa.drl})
     * @param line the line of its {@code rule} keyword
     * @param ruleSet the rule set it belongs to: the folder of its file, or else its name's first segment
     * @param explains whether its consequence records a reason ({@code explain.of(...)})
     * @param messageKeys the message keys its sentences need (its name, or the keys it chooses)
     * @param termKeys the {@code term.*} keys of the words it writes into sentences ({@code new Term("...")})
     * @param values the names of the values its consequence gives its sentences ({@code .with("amount", ...)})
     * @param literals every string literal of the rule (parameter ids it reads, keys it may choose)
     */
    public record DeclaredRule(String name, String file, int line, String ruleSet, boolean explains,
            Set<String> messageKeys, Set<String> termKeys, Set<String> values, Set<String> literals) {

        public DeclaredRule {
            messageKeys = Collections.unmodifiableSet(new LinkedHashSet<>(messageKeys));
            termKeys = Collections.unmodifiableSet(new LinkedHashSet<>(termKeys));
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
            literals = Collections.unmodifiableSet(new LinkedHashSet<>(literals));
        }

        /**
         * Whether the rule names this parameter id: as a literal, or as a literal prefix it
         * completes ({@code "rsa.forfait_logement.taux_" + n}), or through a function of the rule
         * set that names it ({@code functionIds}).
         */
        public boolean reads(String id, Set<String> functionIds) {
            if (literals.contains(id) || functionIds.contains(id)) {
                return true;
            }
            for (String l : literals) {
                if ((l.endsWith(".") || l.endsWith("_")) && l.indexOf('.') > 0 && id.startsWith(l)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A parameter read by its literal id: {@code params.get("id")}, {@code params.value("id")},
     * {@code params.at("id", date)}.
     */
    public record ParameterRead(String id, String file, int line) {
    }

    private record Literal(String value, int start, int end, String file, int line) {
    }

    private final Map<String, DeclaredRule> rules = new LinkedHashMap<>();
    private final List<ParameterRead> reads = new ArrayList<>();
    private final Set<String> literals = new LinkedHashSet<>();
    private final Set<String> prefixLiterals = new LinkedHashSet<>();

    private RuleIndex() {
    }

    /** Reads every DRL file, by its path relative to the rule-set root (as {@code JusteDroit.catalog().ruleFiles()} gives them). */
    public static RuleIndex of(Map<String, String> drlByPath) {
        RuleIndex index = new RuleIndex();
        drlByPath.forEach(index::read);
        return index;
    }

    /** Every rule declared, in file order. */
    public Collection<DeclaredRule> rules() {
        return Collections.unmodifiableCollection(rules.values());
    }

    /** The rule of this name, if a DRL file declares it. */
    public Optional<DeclaredRule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** The rule set of a rule: the folder of the file that declares it, or else the first segment of its name. */
    public String ruleSetOf(String ruleName) {
        DeclaredRule r = rules.get(ruleName);
        return r != null ? r.ruleSet() : prefix(ruleName);
    }

    /** Every literal parameter id read through {@code params}, with its place. */
    public List<ParameterRead> parameterReads() {
        return Collections.unmodifiableList(reads);
    }

    /** Whether the code names this parameter id (see the class comment). */
    public boolean mentionsParameter(String id) {
        if (literals.contains(id)) {
            return true;
        }
        for (String prefix : prefixLiterals) {
            if (id.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void read(String file, String text) {
        List<Literal> fileLiterals = new ArrayList<>();
        String code = withoutComments(file, text, fileLiterals);
        for (Literal l : fileLiterals) {
            String before = code.substring(Math.max(0, l.start() - 80), l.start());
            if (RULE_NAME.matcher(before).find()) {
                continue;
            }
            literals.add(l.value());
            String after = code.substring(l.end(), Math.min(code.length(), l.end() + 40)).stripLeading();
            String v = l.value();
            boolean twoSegments = v.indexOf('.') > 0 && v.indexOf('.') < v.length() - 1;
            if ((v.endsWith(".") || v.endsWith("_")) && twoSegments && after.startsWith("+")) {
                prefixLiterals.add(l.value());
            }
            if (PARAM_READ.matcher(before).find() && (after.startsWith(")") || after.startsWith(","))) {
                reads.add(new ParameterRead(l.value(), file, l.line()));
            }
        }
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        if (folder.contains("/")) {
            folder = folder.substring(0, folder.indexOf('/'));
        }
        Matcher m = RULE.matcher(code);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Matcher end = END.matcher(code);
            int stop = end.find(m.end()) ? end.start() : code.length();
            String body = code.substring(m.end(), stop);
            Matcher then = THEN.matcher(body);
            String consequence = then.find() ? body.substring(then.end()) : "";
            int consequenceStart = m.end() + (consequence.isEmpty() ? body.length() : body.length() - consequence.length());
            rules.putIfAbsent(name, declared(name, file, lineOf(code, m.start()), folder.isEmpty() ? prefix(name) : folder,
                    consequence, consequenceStart, stop, fileLiterals, code));
            from = Math.max(stop, m.end());
        }
    }

    private static DeclaredRule declared(String name, String file, int line, String ruleSet, String consequence,
            int start, int stop, List<Literal> fileLiterals, String code) {
        int explains = count(EXPLAIN, consequence);
        int keyCalls = count(KEY_CALL, consequence);
        Set<String> keys = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        Set<String> literals = new LinkedHashSet<>();
        if (explains > keyCalls) {
            keys.add(name);
        }
        for (Literal l : fileLiterals) {
            if (l.start() < start || l.end() > stop) {
                continue;
            }
            String before = code.substring(Math.max(start, l.start() - 40), l.start());
            String after = code.substring(l.end(), Math.min(code.length(), l.end() + 40)).stripLeading();
            boolean whole = after.startsWith(")");
            literals.add(l.value());
            if (after.startsWith(",") && WITH_ARGUMENT.matcher(before).find()) {
                values.add(l.value());
            }
            if (whole && KEY_ARGUMENT.matcher(before).find()) {
                keys.add(l.value());
            } else if (whole && TERM.matcher(before).find()) {
                terms.add("term." + l.value());
            }
        }
        return new DeclaredRule(name, file, line, ruleSet, explains > 0, keys, terms, values, literals);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String prefix(String ruleName) {
        int dot = ruleName.indexOf('.');
        return dot < 0 ? ruleName : ruleName.substring(0, dot);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text with comments blanked out (lines kept), collecting the string literals it holds. */
    private static String withoutComments(String file, String text, List<Literal> out) {
        StringBuilder sb = new StringBuilder(text);
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    } else {
                        sb.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                int start = i;
                StringBuilder value = new StringBuilder();
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        value.append(text.charAt(i + 1));
                        i += 2;
                    } else {
                        value.append(text.charAt(i++));
                    }
                }
                i = Math.min(n, i + 1);
                out.add(new Literal(value.toString(), start, i, file, line));
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
