package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.IncomeType;
import fr.justedroit.rules.IncomeAmount;
import fr.justedroit.rules.MonthAmount;
import fr.justedroit.scenario.Scenario;
import fr.justedroit.scenario.ScenarioFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of every rule set, in French and English, rendered with edge values and read for
 * the faults a reader would see: "(s)" plurals, "de a…" without elision, "le 1 décembre" without
 * the ordinal, negative results written "= −198,00 €", ordinary spaces inside French amounts or
 * before "€", placeholders left unfilled.
 *
 * <p>The values come from real reasons: every catalog scenario is decided and, for each message
 * key, the first reason that uses it gives the types of its values and its cited parameters. Each
 * value is then replaced in turn by edge values of its type (0, 1, 2 and a negative amount; the
 * first of a month; months and names starting with a vowel). A key that no scenario reaches is a
 * failure: the test names it, and a scenario must be added for it.
 */
class SentenceRenderingTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();
    private static final Path CATALOG = Path.of("src/main/resources/justedroit/catalog");
    private static final Map<String, Reason> FIRST_REASON = new TreeMap<>();
    /** For each key, one reason per shape (cited parameters and words): each branch of a select is rendered. */
    private static final Map<String, Map<String, Reason>> SHAPES = new TreeMap<>();
    /** The values that some scenario made negative, as "key/name": their sentence must say so in words. */
    private static final java.util.Set<String> NEGATIVE_SOMEWHERE = new java.util.HashSet<>();

    private static final List<Object> INTEGERS = List.of(0, 1, 2, 3);
    private static final List<Object> AMOUNTS = List.of(BigDecimal.ZERO, new BigDecimal("1.00"), new BigDecimal("2"),
            new BigDecimal("-198.00"), new BigDecimal("1234.56"));
    private static final List<Object> DATES = List.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 4, 1),
            LocalDate.of(2025, 8, 2), LocalDate.of(2025, 10, 31));
    private static final List<Object> MONTHS = List.of(YearMonth.of(2025, 4), YearMonth.of(2025, 8),
            YearMonth.of(2025, 10), YearMonth.of(2025, 5));
    private static final List<Object> NAMES = List.of("alice", "Hélène", "bruno", "Émile", "Yann");

    @BeforeAll
    static void decideEveryScenario() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(CATALOG)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("/scenarios/")).sorted().toList();
        }
        for (Path f : files) {
            for (Scenario sc : ScenarioFiles.read(f)) {
                for (Decision d : ENGINE.decide(sc.request()).decisions()) {
                    for (Reason r : d.reasons()) {
                        FIRST_REASON.putIfAbsent(r.key(), r);
                        String shape = r.parameters().stream().map(ParameterValue::id).sorted().toList() + " "
                                + r.args().values().stream().filter(v -> v instanceof fr.justedroit.rules.Term).toList();
                        SHAPES.computeIfAbsent(r.key(), k -> new LinkedHashMap<>()).putIfAbsent(shape, r);
                        r.args().forEach((name, v) -> {
                            if (v instanceof BigDecimal b && b.signum() < 0) {
                                NEGATIVE_SOMEWHERE.add(r.key() + "/" + name);
                            }
                        });
                    }
                }
            }
        }
    }

    private static Map<Language, Map<String, String>> sentences() throws IOException {
        Map<Language, Map<String, String>> all = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            all.put(l, new TreeMap<>());
        }
        try (Stream<Path> s = Files.walk(CATALOG)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("messages_[a-z]{2}\\.properties")).toList()) {
                Language l = Language.valueOf(p.getFileName().toString().substring(9, 11).toUpperCase());
                Properties props = new Properties();
                props.load(Files.newBufferedReader(p));
                props.stringPropertyNames().forEach(k -> all.get(l).put(k, props.getProperty(k)));
            }
        }
        return all;
    }

    /**
     * The reasons a key is rendered from: those of the scenarios, or else, for a key no scenario
     * reaches (a variant the rule chooses with {@code .key(...)}), those of its rule under its other keys.
     */
    private static List<Reason> reasonsFor(String key) {
        if (SHAPES.containsKey(key)) {
            return List.copyOf(SHAPES.get(key).values());
        }
        List<Reason> sibling = new ArrayList<>();
        for (Map<String, Reason> shapes : SHAPES.values()) {
            for (Reason r : shapes.values()) {
                if (key.startsWith(r.rule() + ".") && sibling.isEmpty()) {
                    sibling.add(new Reason(r.rule(), r.legalRef(), key, r.args(), r.parameters()));
                }
            }
        }
        return sibling;
    }

    @Test
    void everySentenceOfEveryRuleSetIsRendered() throws IOException {
        TreeSet<String> unreached = new TreeSet<>();
        for (Map<String, String> byKey : sentences().values()) {
            for (String key : byKey.keySet()) {
                if (!key.startsWith("term.") && !key.startsWith("benefit.") && reasonsFor(key).isEmpty()) {
                    unreached.add(key);
                }
            }
        }
        assertThat(unreached).as("sentences that neither a catalog scenario nor a sibling key of their rule renders").isEmpty();
    }

    @Test
    void everySentenceReadsWellWithEdgeValuesInBothLanguages() throws IOException {
        List<String> faults = new ArrayList<>();
        int rendered = 0;
        for (Map.Entry<Language, Map<String, String>> e : sentences().entrySet()) {
            Language lang = e.getKey();
            for (String key : e.getValue().keySet()) {
                for (Reason real : reasonsFor(key)) {
                String sentence = e.getValue().get(key);
                for (Reason r : variants(real, name -> sentence.contains("{" + name + "_sign")
                        || NEGATIVE_SOMEWHERE.contains(key + "/" + name))) {
                    String text = ENGINE.text(r, lang);
                    rendered++;
                    for (String fault : faults(text, lang)) {
                        faults.add(lang + " " + key + " " + r.args() + ": " + fault + "\n    " + text);
                    }
                }
                }
            }
        }
        assertThat(rendered).isGreaterThan(500);
        assertThat(faults).as("faults in rendered sentences").isEmpty();
    }

    /**
     * The real reason, then one variant per edge value of each of its values; an amount takes a
     * negative value only where it can be negative (a scenario made it so, or the sentence tells its sign).
     */
    private static List<Reason> variants(Reason real, java.util.function.Predicate<String> canBeNegative) {
        List<Reason> out = new ArrayList<>();
        out.add(real);
        for (Map.Entry<String, Object> arg : real.args().entrySet()) {
            for (Object edge : edges(arg.getValue())) {
                if (edge instanceof BigDecimal b && b.signum() < 0 && !canBeNegative.test(arg.getKey())) {
                    continue;
                }
                Map<String, Object> args = new LinkedHashMap<>(real.args());
                args.put(arg.getKey(), edge);
                out.add(new Reason(real.rule(), real.legalRef(), real.key(), args, real.parameters()));
            }
        }
        return out;
    }

    private static List<Object> edges(Object value) {
        if (value instanceof Integer) {
            return INTEGERS;
        }
        if (value instanceof BigDecimal) {
            return AMOUNTS;
        }
        if (value instanceof LocalDate) {
            return DATES;
        }
        if (value instanceof YearMonth) {
            return MONTHS;
        }
        if (value instanceof String) {
            return NAMES;
        }
        if (value instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof IncomeAmount) {
            // Incomes counted by kind (the violence aid's resources): none, one kind, several kinds.
            return List.of(List.of(), List.of(new IncomeAmount(IncomeType.PENSION, new BigDecimal("1.00"))),
                    List.of(new IncomeAmount(IncomeType.NET_SOCIAL_SALARY, new BigDecimal("1234.56")),
                            new IncomeAmount(IncomeType.UNEMPLOYMENT_BENEFIT, BigDecimal.ZERO),
                            new IncomeAmount(IncomeType.SICKNESS_BENEFIT, new BigDecimal("2"))));
        }
        if (value instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof MonthAmount) {
            return List.of(List.of(new MonthAmount(YearMonth.of(2025, 4), new BigDecimal("1500")),
                    new MonthAmount(YearMonth.of(2025, 8), BigDecimal.ZERO)));
        }
        return List.of();
    }

    private static final Pattern UNFILLED = Pattern.compile("[{}]|__p\\d");
    private static final Pattern PLURAL_BY_PARENTHESES = Pattern.compile("\\((s|ren|es)\\)");
    private static final Pattern NO_ELISION = Pattern.compile("(?iu)\\b(de|que|le|la|jusque) [aeiouyàâäéèêëîïôöùûü]");
    private static final Pattern FIRST_WITHOUT_ORDINAL = Pattern.compile("\\b1[ \\u00A0](janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("(?<![\\d\\p{L}])[−-]€?\\d|= [−-]");
    private static final Pattern FR_PLAIN_SPACE_IN_AMOUNT = Pattern.compile("\\d \\d{3}(?:,\\d\\d)?|\\d €|\\d %");
    private static final Pattern FR_AMOUNT_WITH_NBSP = Pattern.compile("\\d,\\d\\d\\u00A0€");
    private static final Pattern FR_SPACE_BEFORE_COLON = Pattern.compile(" [:;]");

    /** What a reader would find wrong in a rendered sentence. */
    static List<String> faults(String text, Language lang) {
        List<String> f = new ArrayList<>();
        if (UNFILLED.matcher(text).find()) {
            f.add("a placeholder is left unfilled");
        }
        if (PLURAL_BY_PARENTHESES.matcher(text).find()) {
            f.add("a plural written with parentheses");
        }
        if (NEGATIVE_NUMBER.matcher(text).find()) {
            f.add("a negative number written out instead of said in words");
        }
        if (lang == Language.FR) {
            // "le" before a vowel is elided, except before "un"/"une" (numbers) and "h" aspiré words we do not write.
            java.util.regex.Matcher m = NO_ELISION.matcher(text);
            while (m.find()) {
                String rest = text.substring(m.end() - 1);
                if (!rest.startsWith("un ") && !rest.startsWith("une ") && !rest.startsWith("huit") && !rest.startsWith("onze")) {
                    f.add("no elision: '" + text.substring(m.start(), Math.min(text.length(), m.end() + 8)) + "'");
                    break;
                }
            }
            if (FIRST_WITHOUT_ORDINAL.matcher(text).find()) {
                f.add("the first of the month without '1er'");
            }
            if (FR_PLAIN_SPACE_IN_AMOUNT.matcher(text).find()) {
                f.add("an ordinary space inside an amount, before '€' or before '%'");
            }
            if (FR_SPACE_BEFORE_COLON.matcher(text).find()) {
                f.add("an ordinary space before ':' or ';'");
            }
            if (text.contains("€") && !FR_AMOUNT_WITH_NBSP.matcher(text).find()) {
                f.add("an amount without its no-break space before '€'");
            }
            if (text.contains("'")) {
                f.add("a straight apostrophe");
            }
        } else if (text.matches(".*\\d €.*")) {
            f.add("an English amount written with the euro sign after it");
        }
        return f;
    }

    @Test
    void theFaultDetectorSeesEachFault() {
        // The detector must fail on the faults it looks for, or the test above could not fail.
        assertThat(faults("Le foyer compte 1 adulte(s).", Language.FR)).isNotEmpty();
        assertThat(faults("Revenus de alice.", Language.FR)).isNotEmpty();
        assertThat(faults("Depuis le 1\u00A0décembre\u00A02023.", Language.FR)).isNotEmpty();
        assertThat(faults("RSA calculé = -198,00\u00A0€.", Language.FR)).isNotEmpty();
        assertThat(faults("Montant de 1 357,70 €.", Language.FR)).isNotEmpty();
        assertThat(faults("Montant de {amount}.", Language.EN)).isNotEmpty();
        assertThat(faults("The household has 2 child(ren).", Language.EN)).isNotEmpty();
        assertThat(faults("Revenus d’alice\u00A0: 1\u202F357,70\u00A0€, depuis le 1er\u00A0décembre\u00A02023.", Language.FR)).isEmpty();
    }
}
