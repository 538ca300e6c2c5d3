package fr.justedroit.internal;

import fr.justedroit.JsonName;
import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.rules.IncomeAmount;
import fr.justedroit.rules.MonthAmount;
import fr.justedroit.rules.Rate;
import fr.justedroit.rules.Term;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sentences of the rule sets, in French and English, and how values read in each language.
 *
 * <p>A sentence is an ICU message (see {@link MessageTemplate} for the placeholders: values of the
 * rule, cited parameters, elision and sign), parsed once when the rule sets load. Amounts
 * (BigDecimal) read as euros, {@link Rate}s as percentages, {@link Term}s are translated, months and
 * dates are written out ({@link ValueFormat}). Immutable and thread-safe.
 */
public final class Phrasebook {
    private static final String ELISION = "_elision";
    private static final String SIGN = "_sign";
    private static final String ABS = "_abs";
    private static final String KEY = "_key";

    private final Map<Language, Map<String, MessageTemplate>> templates;
    private final Map<Language, Map<String, String>> texts;
    private final Map<String, String> units;
    private final LegalTexts legalTexts;

    private Phrasebook(Map<Language, Map<String, MessageTemplate>> templates, Map<Language, Map<String, String>> texts,
            Map<String, String> units, LegalTexts legalTexts) {
        this.templates = templates;
        this.texts = texts;
        this.units = units;
        this.legalTexts = legalTexts;
    }

    /** Reads every {@code messages_<lang>.properties} file of the source; parameters are formatted as plain numbers. */
    public static Phrasebook read(Map<String, String> messageFiles, List<LoadProblem> problems) {
        return read(messageFiles, Map.of(), problems);
    }

    /**
     * Reads every {@code messages_<lang>.properties} file of the source and parses each sentence once.
     *
     * @param units the unit of each parameter ({@code euros}, {@code rate}, {@code years}…), by id: how
     *     a cited parameter reads
     * @param problems where malformed files and sentences are reported, with their file and line
     */
    public static Phrasebook read(Map<String, String> messageFiles, Map<String, String> units, List<LoadProblem> problems) {
        Map<Language, Map<String, MessageTemplate>> templates = new EnumMap<>(Language.class);
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            templates.put(l, new HashMap<>());
            texts.put(l, new HashMap<>());
        }
        LegalTexts[] legal = {LegalTexts.empty()};
        messageFiles.forEach((file, text) -> {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.equals(LegalTexts.FILE_NAME)) {
                legal[0] = legal[0].plus(LegalTexts.read(file, text, problems));
                return;
            }
            String code = name.substring("messages_".length(), name.length() - ".properties".length());
            Language lang = JsonName.parse(Language.class, code);
            if (lang == null) {
                problems.add(new LoadProblem(file, 0, null, "language '" + code + "' is not one of " + JsonName.choices(Language.class)));
                return;
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new LoadProblem(file, 0, null, "not a valid properties file: " + e.getMessage()));
                return;
            }
            for (String key : p.stringPropertyNames()) {
                String sentence = p.getProperty(key);
                if (texts.get(lang).put(key, sentence) != null) {
                    problems.add(new LoadProblem(file, lineOf(text, key), key, "this message key is defined twice"));
                }
                try {
                    templates.get(lang).put(key, MessageTemplate.parse(key, sentence, lang));
                } catch (IllegalArgumentException e) {
                    problems.add(new LoadProblem(file, lineOf(text, key), key, e.getMessage()));
                }
            }
        });
        templates.replaceAll((l, m) -> Collections.unmodifiableMap(m));
        texts.replaceAll((l, m) -> Collections.unmodifiableMap(m));
        return new Phrasebook(templates, texts, Map.copyOf(units), legal[0]);
    }

    /** The line of a key in a properties file (1-based), or 0 when not found. */
    static int lineOf(String fileText, String key) {
        String[] lines = fileText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The table of legal texts read with the sentences ({@code legal_texts.yaml}). */
    public LegalTexts legalTexts() {
        return legalTexts;
    }

    /** The Légifrance links of a reason's legal reference (none for what the table does not list). */
    public List<fr.justedroit.LegalLink> links(Reason reason) {
        return legalTexts.links(reason.legalRef());
    }

    /** Whether a sentence exists for {@code key} in {@code language}. */
    public boolean has(String key, Language language) {
        return texts.get(language).containsKey(key);
    }

    /** Every message key of a language. */
    public Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }

    /** The parsed sentence of a key, or {@code null}. */
    public MessageTemplate template(String key, Language language) {
        return templates.get(language).get(key);
    }

    /** The reason's sentence in {@code language}. */
    public String text(Reason reason, Language language) {
        MessageTemplate template = templates.get(language).get(reason.key());
        if (template == null) {
            // A missing sentence must not hide the step: show its key and values (check reports it).
            return reason.key() + reason.args().entrySet().stream()
                    .map(e -> e.getKey() + "=" + format(e.getValue(), language))
                    .collect(Collectors.joining(", ", " (", ")"));
        }
        Map<String, Object> values = new HashMap<>();
        template.placeholders().forEach((icuName, p) -> {
            Object v = p.parameter()
                    ? parameterValue(reason.parameters(), p, template.numericNames().contains(icuName), language)
                    : value(reason.args(), p.name(), template.numericNames().contains(icuName), language);
            if (v != null) {
                values.put(icuName, v);
            }
        });
        return template.format(values);
    }

    private Object parameterValue(List<ParameterValue> cited, MessageTemplate.Placeholder p, boolean numeric, Language language) {
        ParameterValue found = null;
        for (ParameterValue v : cited) {
            if (v.id().equals(p.name())) {
                found = v;
            }
        }
        if (found == null) {
            // The rule does not cite it: show the placeholder, never a figure from elsewhere (check reports it).
            return "{" + p.written() + "}";
        }
        if (p.field().equals("since")) {
            return ValueFormat.date(found.since(), language);
        }
        String unit = units.getOrDefault(found.id(), "");
        if (numeric) {
            return unit.equals("rate") ? found.value().movePointRight(2) : found.value();
        }
        return switch (unit) {
            case "euros" -> ValueFormat.money(found.value(), language);
            case "rate" -> ValueFormat.percent(found.value(), language);
            default -> ValueFormat.number(found.value(), language);
        };
    }

    private Object value(Map<String, Object> args, String name, boolean numeric, Language language) {
        if (args.containsKey(name)) {
            Object v = args.get(name);
            if (numeric && v instanceof Number) {
                return v;
            }
            if (numeric && v instanceof Rate r) {
                return r.value().movePointRight(2);
            }
            return format(v, language);
        }
        String base;
        if (name.endsWith(ELISION) && args.containsKey(base = name.substring(0, name.length() - ELISION.length()))) {
            return ValueFormat.elides(format(args.get(base), language)) ? "vowel" : "consonant";
        }
        if (name.endsWith(SIGN) && args.get(base = name.substring(0, name.length() - SIGN.length())) instanceof Number n) {
            int sign = new BigDecimal(n.toString()).signum();
            return sign < 0 ? "negative" : sign == 0 ? "zero" : "positive";
        }
        if (name.endsWith(ABS) && args.get(base = name.substring(0, name.length() - ABS.length())) instanceof BigDecimal b) {
            return format(b.abs(), language);
        }
        if (name.endsWith(KEY) && args.get(base = name.substring(0, name.length() - KEY.length())) instanceof Term t) {
            return t.key().substring(t.key().lastIndexOf('.') + 1);
        }
        return null;
    }

    /** Whether {@code name} is a value derived from {@code given} ({@code x_elision}, {@code x_sign}, {@code x_abs}, {@code x_key}). */
    public static boolean derivedFrom(String name, Collection<String> given) {
        for (String suffix : List.of(ELISION, SIGN, ABS, KEY)) {
            if (name.endsWith(suffix) && given.contains(name.substring(0, name.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** How a value reads in a sentence. */
    public String format(Object value, Language language) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal amount) {
            return ValueFormat.money(amount, language);
        }
        if (value instanceof Rate rate) {
            return ValueFormat.percent(rate.value(), language);
        }
        if (value instanceof Term term) {
            return term(term.key(), language);
        }
        if (value instanceof MonthAmount ma) {
            return ValueFormat.month(ma.month(), language) + (language == Language.FR ? ValueFormat.NBSP + ": " : ": ")
                    + ValueFormat.money(ma.amount(), language);
        }
        if (value instanceof IncomeAmount ia) {
            return term(ia.type().jsonName(), language) + " (" + ValueFormat.money(ia.amount(), language) + ")";
        }
        if (value instanceof YearMonth month) {
            return ValueFormat.month(month, language);
        }
        if (value instanceof LocalDate date) {
            return ValueFormat.date(date, language);
        }
        if (value instanceof JsonName named) {
            return term(named.jsonName(), language);
        }
        if (value instanceof Collection<?> list) {
            List<String> items = new ArrayList<>();
            boolean months = !list.isEmpty();
            for (Object v : list) {
                items.add(format(v, language));
                months &= v instanceof MonthAmount;
            }
            // Amounts by month hold commas of their own (French decimals): a semicolon separates them.
            return months ? String.join(language == Language.FR ? ValueFormat.NNBSP + "; " : "; ", items)
                    : ValueFormat.list(items, language);
        }
        return value.toString();
    }

    private String term(String key, Language language) {
        String t = texts.get(language).get("term." + key);
        return t == null ? key : t;
    }

    /** Euros: "1 357,70 €" in French (no-break spaces), "€1,357.70" in English. */
    public static String money(BigDecimal amount, Language language) {
        return ValueFormat.money(amount, language);
    }
}
