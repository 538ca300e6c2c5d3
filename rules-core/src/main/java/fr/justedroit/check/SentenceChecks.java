package fr.justedroit.check;

import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import fr.justedroit.check.CheckProblem.Kind;
import fr.justedroit.internal.MessageTemplate;
import fr.justedroit.internal.Phrasebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks on sentences: every value a sentence names is given by its rule, every parameter it
 * names is one the rule reads, and no sentence writes a legal figure itself.
 *
 * <p>A legal figure written in a sentence is a number of its own words (outside every placeholder)
 * that either equals a value, at any date, of a parameter its rule reads (a rate also as a
 * percentage: 0.8 and 80), or is followed by a unit of the law (%, €, ans, mois, heures, fois,
 * years, months, hours, times). Zero, numbers inside a legal citation ({@code n° 2022-1694},
 * {@code art. 2}), ordinals ({@code 1er}) and days of a date ({@code 1 January}) are not figures. The figure belongs in a parameter,
 * and the sentence names it as {@code {$id}}: a reform that changes the value then changes the
 * sentence with it.
 */
final class SentenceChecks {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,\\-/°])(\\d+(?:[.,]\\d+)?)(?![\\p{L}\\d\\-/]|[.,]\\d)");
    private static final Pattern UNIT_AFTER = Pattern.compile("^[\\s\\u00A0\\u202F]*(%|€|ans?\\b|mois\\b|heures?\\b|fois\\b|years?\\b|months?\\b|hours?\\b|times\\b)");
    private static final Pattern MONTH_AFTER = Pattern.compile("^[\\s\\u00A0]*(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern CITATION_BEFORE = Pattern.compile("(n°|art\\.|article|§)[\\s\\u00A0]*$");

    private SentenceChecks() {
    }

    /** One sentence file's parsed sentences, by key, with the line of each. */
    private record Sentences(String file, Map<String, MessageTemplate> byKey, Map<String, Integer> lines) {
    }

    static void check(Map<String, String> messageFiles, RuleIndex index, Set<String> compiledRules,
            Map<String, Map<LocalDate, ParameterValue>> timelines, List<CheckProblem> problems) {
        Map<Language, List<Sentences>> all = read(messageFiles);
        Map<Language, Map<String, String>> fileOf = new LinkedHashMap<>();
        Map<Language, Map<String, MessageTemplate>> templates = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            fileOf.put(l, new LinkedHashMap<>());
            templates.put(l, new LinkedHashMap<>());
            for (Sentences s : all.getOrDefault(l, List.of())) {
                s.byKey().forEach((key, t) -> {
                    templates.get(l).put(key, t);
                    fileOf.get(l).put(key, s.file() + ":" + s.lines().get(key));
                });
            }
        }
        oneLanguageOnly(fileOf, problems);
        Set<String> checked = new LinkedHashSet<>();
        for (RuleIndex.DeclaredRule rule : index.rules()) {
            if (!compiledRules.contains(rule.name()) || !rule.explains()) {
                continue;
            }
            for (Language l : Language.values()) {
                for (String key : keysOf(rule, templates.get(l).keySet())) {
                    MessageTemplate t = templates.get(l).get(key);
                    if (t == null) {
                        continue;
                    }
                    checked.add(l + key);
                    String where = fileOf.get(l).get(key);
                    values(rule, key, t, where, problems);
                    parameters(rule, key, t, where, timelines, problems);
                    figures(key, t, where, readIds(rule, timelines.keySet()), timelines, problems);
                }
            }
        }
        // Words (term.*) and sentences no rule was found to use: no rule context, only figures with a unit.
        for (Language l : Language.values()) {
            templates.get(l).forEach((key, t) -> {
                if (!checked.contains(l + key)) {
                    figures(key, t, fileOf.get(l).get(key), Set.of(), timelines, problems);
                }
            });
        }
    }

    private static Map<Language, List<Sentences>> read(Map<String, String> messageFiles) {
        Map<Language, List<Sentences>> all = new LinkedHashMap<>();
        messageFiles.forEach((file, text) -> {
            if (!file.endsWith(".properties")) {
                return;
            }
            List<LoadProblem> ignored = new ArrayList<>();
            Phrasebook book = Phrasebook.read(Map.of(file, text), ignored);
            for (Language l : Language.values()) {
                Map<String, MessageTemplate> byKey = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (String key : book.keys(l)) {
                    MessageTemplate t = book.template(key, l);
                    if (t != null) {
                        byKey.put(key, t);
                        lines.put(key, lineOf(text, key));
                    }
                }
                if (!byKey.isEmpty()) {
                    all.computeIfAbsent(l, x -> new ArrayList<>()).add(new Sentences(file, byKey, lines));
                }
            }
        });
        return all;
    }

    /** The keys a rule may explain with: the ones the index found, and any literal of the rule that is a key. */
    private static Set<String> keysOf(RuleIndex.DeclaredRule rule, Set<String> keys) {
        Set<String> found = new LinkedHashSet<>(rule.messageKeys());
        for (String l : rule.literals()) {
            if (keys.contains(l) && !l.startsWith("term.")) {
                found.add(l);
            }
        }
        if (keys.contains(rule.name())) {
            found.add(rule.name());
        }
        return found;
    }

    private static void oneLanguageOnly(Map<Language, Map<String, String>> fileOf, List<CheckProblem> problems) {
        for (Language l : Language.values()) {
            for (Language other : Language.values()) {
                if (other == l) {
                    continue;
                }
                fileOf.get(l).forEach((key, where) -> {
                    boolean reported = problems.stream().anyMatch(p -> p.kind() == Kind.MISSING_MESSAGE && key.equals(p.subject()));
                    if (!fileOf.get(other).containsKey(key) && !reported) {
                        problems.add(new CheckProblem(Kind.MISSING_MESSAGE, where, key, "the sentence exists in "
                                + l.jsonName() + " but not in " + other.jsonName() + " (messages_" + other.jsonName() + ".properties)"));
                    }
                });
            }
        }
    }

    private static void values(RuleIndex.DeclaredRule rule, String key, MessageTemplate t, String where, List<CheckProblem> problems) {
        for (String name : t.ruleValueNames()) {
            if (!rule.values().contains(name) && !Phrasebook.derivedFrom(name, rule.values())) {
                problems.add(new CheckProblem(Kind.UNKNOWN_ARGUMENT, where, key, "the sentence names {" + name
                        + "}, which rule " + rule.name() + " (" + rule.file() + ":" + rule.line() + ") does not give; it gives "
                        + (rule.values().isEmpty() ? "no value" : String.join(", ", rule.values()))
                        + " (and x_elision, x_sign, x_abs, x_key derived from them)"));
            }
        }
    }

    private static void parameters(RuleIndex.DeclaredRule rule, String key, MessageTemplate t, String where,
            Map<String, Map<LocalDate, ParameterValue>> timelines, List<CheckProblem> problems) {
        for (MessageTemplate.Placeholder p : t.placeholders().values()) {
            if (!p.parameter()) {
                continue;
            }
            if (!timelines.containsKey(p.name())) {
                problems.add(new CheckProblem(Kind.UNKNOWN_ARGUMENT, where, key, "the sentence names {" + p.written()
                        + "}, but no parameter file defines '" + p.name() + "'"));
            } else if (!rule.reads(p.name(), Set.of())) {
                problems.add(new CheckProblem(Kind.UNKNOWN_ARGUMENT, where, key, "the sentence names {" + p.written()
                        + "}, which rule " + rule.name() + " (" + rule.file() + ":" + rule.line()
                        + ") does not read: read it with params.get(\"" + p.name() + "\") and cite it in .using(...)"));
            }
        }
    }

    private static Set<String> readIds(RuleIndex.DeclaredRule rule, Collection<String> ids) {
        Set<String> read = new LinkedHashSet<>();
        for (String id : ids) {
            if (rule.reads(id, Set.of())) {
                read.add(id);
            }
        }
        return read;
    }

    private static void figures(String key, MessageTemplate t, String where, Set<String> read,
            Map<String, Map<LocalDate, ParameterValue>> timelines, List<CheckProblem> problems) {
        String text = t.literalText();
        Matcher m = NUMBER.matcher(text);
        Set<String> reported = new LinkedHashSet<>();
        while (m.find()) {
            String written = m.group(1);
            BigDecimal n = new BigDecimal(written.replace(',', '.'));
            if (n.signum() == 0 || MONTH_AFTER.matcher(text.substring(m.end())).find() || CITATION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            String unit = null;
            Matcher u = UNIT_AFTER.matcher(text.substring(m.end()));
            if (u.find()) {
                unit = u.group(1);
            }
            String equal = parameterEqualTo(n, read, timelines);
            if ((equal != null || unit != null) && reported.add(written)) {
                problems.add(new CheckProblem(Kind.FIGURE_IN_SENTENCE, where, key, "the sentence writes the figure '"
                        + written + (unit == null ? "" : " " + unit) + "'" + (equal != null ? ", the value of " + equal : "")
                        + ": name the parameter instead ({$" + (equal != null ? equal.substring(0, equal.indexOf(' ')) : "id")
                        + "}), so that the sentence follows a reform"));
            }
        }
    }

    private static String parameterEqualTo(BigDecimal n, Set<String> read, Map<String, Map<LocalDate, ParameterValue>> timelines) {
        for (String id : read) {
            for (ParameterValue v : timelines.get(id).values()) {
                if (v == null) {
                    continue;
                }
                if (v.value().compareTo(n) == 0 || v.value().movePointRight(2).compareTo(n) == 0) {
                    return id + " (" + v.value().toPlainString() + " since " + v.since() + ")";
                }
            }
        }
        return null;
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
