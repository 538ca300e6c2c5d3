package fr.justedroit.check;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import fr.justedroit.RuleInfo;
import fr.justedroit.RuleSetException;
import fr.justedroit.check.CheckProblem.Kind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks rule sets without deciding anything: that they load and compile, that every parameter has a
 * value (or an explicit "not in force") on every day of the months the engine serves, that every rule
 * cites its legal reference, that every parameter is read by some rule and every parameter read
 * exists, and that every sentence a rule needs exists in French and in English.
 *
 * <pre>{@code
 * CheckReport report = RuleSetChecks.check(JusteDroit.builder().ruleSets(folder));
 * report.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Time: a parameter whose first dated value takes effect after the first day checked has a gap,
 * unless its timeline starts with an explicit {@code value: null} (not in force yet, as the violence
 * aid before 28 November 2023). Two values taking effect on the same date, or a parameter defined in
 * two files, are overlaps: the engine refuses to load them, and they are reported as load errors.
 */
public final class RuleSetChecks {

    private RuleSetChecks() {
    }

    /** Builds the engine the builder names, then checks it; load and compile errors are the problems when it does not build. */
    public static CheckReport check(JusteDroit.Builder builder) {
        JusteDroit engine;
        try {
            // A rule without @legalRef is reported below with the other problems, not as a load error.
            engine = builder.legalReferencesRequired(false).build();
        } catch (RuleSetException e) {
            List<CheckProblem> problems = new ArrayList<>();
            for (LoadProblem p : e.problems()) {
                Kind kind = p.file() != null && p.file().endsWith(".properties") && p.key() != null
                        && !p.message().contains("defined twice") ? Kind.MALFORMED_MESSAGE : Kind.LOAD_ERROR;
                problems.add(new CheckProblem(kind, p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.key(), p.message()));
            }
            return new CheckReport(problems, 0, 0, false);
        }
        return check(engine);
    }

    /** Checks a built engine over the months it serves ({@link fr.justedroit.RuleCatalog#firstMonth()} to {@link fr.justedroit.RuleCatalog#lastMonth()}). */
    public static CheckReport check(JusteDroit engine) {
        return check(engine, engine.catalog().firstMonth(), engine.catalog().lastMonth());
    }

    /** Checks a built engine; parameter timelines are checked from the first day of {@code from} to the last of {@code to}. */
    public static CheckReport check(JusteDroit engine, YearMonth from, YearMonth to) {
        RuleIndex index = RuleIndex.of(engine.catalog().ruleFiles());
        Map<String, Map<LocalDate, ParameterValue>> timelines = engine.catalog().parameterTimelines();
        List<CheckProblem> problems = new ArrayList<>();
        gaps(engine, timelines, from.atDay(1), to.atEndOfMonth(), problems);
        legalRefs(engine, index, problems);
        unread(engine, index, timelines, problems);
        unknown(index, timelines.keySet(), problems);
        messages(engine, index, problems);
        legalTexts(engine, index, problems);
        SentenceChecks.check(engine.catalog().messageFiles(), index, engine.catalog().rules().stream().map(RuleInfo::name).collect(Collectors.toSet()),
                timelines, problems);
        problems.sort(Comparator.comparing(CheckProblem::kind));
        return new CheckReport(problems, engine.catalog().rules().size(), timelines.size(), true);
    }

    private static void gaps(JusteDroit engine, Map<String, Map<LocalDate, ParameterValue>> timelines, LocalDate first,
            LocalDate last, List<CheckProblem> problems) {
        timelines.forEach((id, timeline) -> {
            NavigableMap<LocalDate, ParameterValue> sorted = new TreeMap<>(timeline);
            String file = engine.catalog().parameterFile(id);
            if (sorted.isEmpty()) {
                problems.add(new CheckProblem(Kind.PARAMETER_GAP, file, id, "no dated value at all"));
                return;
            }
            LocalDate start = sorted.firstKey();
            if (start.isAfter(first)) {
                LocalDate end = start.minusDays(1).isAfter(last) ? last : start.minusDays(1);
                problems.add(new CheckProblem(Kind.PARAMETER_GAP, file, id, "no value from " + first + " to " + end
                        + " (its first value takes effect on " + start + "; if it is not in force before, say so with"
                        + " a first value 'value: null' and its source)"));
            }
        });
    }

    private static void legalRefs(JusteDroit engine, RuleIndex index, List<CheckProblem> problems) {
        for (RuleInfo rule : engine.catalog().rules()) {
            if (rule.legalRef() == null || rule.legalRef().isBlank()) {
                problems.add(new CheckProblem(Kind.MISSING_LEGAL_REF, where(index, rule.name()), rule.name(),
                        "the rule cites no legal reference: add @legalRef(\"...\") with the article it implements"));
            }
        }
    }

    /** Each article and numbered text a rule cites must be in the table of legal texts, to link to Légifrance. */
    private static void legalTexts(JusteDroit engine, RuleIndex index, List<CheckProblem> problems) {
        List<LoadProblem> ignored = new ArrayList<>();
        fr.justedroit.internal.LegalTexts table = fr.justedroit.internal.LegalTexts.empty();
        for (Map.Entry<String, String> f : engine.catalog().messageFiles().entrySet()) {
            if (f.getKey().endsWith(fr.justedroit.internal.LegalTexts.FILE_NAME)) {
                table = table.plus(fr.justedroit.internal.LegalTexts.read(f.getKey(), f.getValue(), ignored));
            }
        }
        for (RuleInfo rule : engine.catalog().rules()) {
            if (rule.legalRef() == null || rule.legalRef().isBlank()) {
                continue;
            }
            for (fr.justedroit.internal.LegalTexts.Citation c : table.citations(rule.legalRef())) {
                if (!c.known()) {
                    problems.add(new CheckProblem(Kind.UNKNOWN_LEGAL_TEXT, where(index, rule.name()), rule.name(),
                            "the rule cites " + c.ref() + ", which no legal_texts.yaml lists: " + ADD_IT));
                }
            }
        }
        // A parameter's source and a sentence cite texts too: a reader follows them the same way.
        Map<String, Set<String>> reported = new TreeMap<>();
        for (Map.Entry<String, Map<LocalDate, ParameterValue>> p : new TreeMap<>(engine.catalog().parameterTimelines()).entrySet()) {
            for (ParameterValue v : p.getValue().values()) {
                for (fr.justedroit.internal.LegalTexts.Citation c : table.citations(v == null || v.source() == null ? "" : v.source())) {
                    if (!c.known() && reported.computeIfAbsent(p.getKey(), k -> new java.util.HashSet<>()).add(c.ref())) {
                        problems.add(new CheckProblem(Kind.UNKNOWN_LEGAL_TEXT, engine.catalog().parameterFile(p.getKey()), p.getKey(),
                                "a source of the parameter cites " + c.ref() + ", which no legal_texts.yaml lists: " + ADD_IT));
                    }
                }
            }
        }
        for (Map.Entry<String, String> f : engine.catalog().messageFiles().entrySet()) {
            if (!f.getKey().endsWith(".properties")) {
                continue;
            }
            for (String line : f.getValue().split("\\R")) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                for (fr.justedroit.internal.LegalTexts.Citation c : table.citations(line.substring(eq + 1))) {
                    if (!c.known()) {
                        problems.add(new CheckProblem(Kind.UNKNOWN_LEGAL_TEXT, f.getKey(), line.substring(0, eq).strip(),
                                "the sentence cites " + c.ref() + ", which no legal_texts.yaml lists: " + ADD_IT));
                    }
                }
            }
        }
    }

    private static final String ADD_IT = "add it with its Légifrance id (LEGIARTI for an article, JORFTEXT for a text),"
            + " or ~ until it is known";

    private static void unread(JusteDroit engine, RuleIndex index, Map<String, Map<LocalDate, ParameterValue>> timelines,
            List<CheckProblem> problems) {
        for (String id : timelines.keySet()) {
            if (!index.mentionsParameter(id)) {
                problems.add(new CheckProblem(Kind.UNREAD_PARAMETER, engine.catalog().parameterFile(id), id,
                        "no rule or function reads this parameter"));
            }
        }
    }

    private static void unknown(RuleIndex index, Set<String> ids, List<CheckProblem> problems) {
        for (RuleIndex.ParameterRead read : index.parameterReads()) {
            if (!ids.contains(read.id())) {
                problems.add(new CheckProblem(Kind.UNKNOWN_PARAMETER, read.file() + ":" + read.line(), read.id(),
                        "read by the rules, but no parameter file defines it"));
            }
        }
    }

    private static void messages(JusteDroit engine, RuleIndex index, List<CheckProblem> problems) {
        Set<String> compiled = engine.catalog().rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        for (RuleIndex.DeclaredRule rule : index.rules()) {
            if (!compiled.contains(rule.name())) {
                continue;
            }
            List<String> keys = new ArrayList<>(rule.messageKeys());
            keys.addAll(rule.termKeys());
            for (String key : keys) {
                List<String> missing = new ArrayList<>();
                for (Language language : Language.values()) {
                    if (!engine.catalog().hasMessage(key, language)) {
                        missing.add("messages_" + language.jsonName() + ".properties");
                    }
                }
                if (!missing.isEmpty()) {
                    String what = key.equals(rule.name()) ? "the rule explains a step" : key.startsWith("term.")
                            ? "the rule writes the term '" + key.substring("term.".length()) + "'" : "the rule explains a step with the key '" + key + "'";
                    problems.add(new CheckProblem(Kind.MISSING_MESSAGE, rule.file() + ":" + rule.line(), key,
                            what + ", but no " + String.join(" nor ", missing) + " has the sentence '" + key + "='"));
                }
            }
        }
    }

    private static String where(RuleIndex index, String rule) {
        return index.rule(rule).map(r -> r.file() + ":" + r.line()).orElse(null);
    }
}
