package fr.justedroit.internal;

import fr.justedroit.JsonName;
import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.Reason;
import fr.justedroit.rules.Rate;
import fr.justedroit.rules.Term;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences of the rule sets, in French and English, and how values read in each language.
 *
 * <p>A sentence is a template with named placeholders: {@code Le montant forfaitaire est de {amount}.}
 * Amounts (BigDecimal) read as euros, {@link Rate}s as percentages, {@link Term}s are translated,
 * months and dates are written out.
 */
public final class Phrasebook {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private final Map<Language, Map<String, String>> sentences;

    private Phrasebook(Map<Language, Map<String, String>> sentences) {
        this.sentences = sentences;
    }

    /** Reads every {@code messages_<lang>.properties} file of the source. */
    public static Phrasebook read(Map<String, String> messageFiles, List<LoadProblem> problems) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, new HashMap<>());
        }
        messageFiles.forEach((file, text) -> {
            String name = file.substring(file.lastIndexOf('/') + 1);
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
                if (all.get(lang).put(key, p.getProperty(key)) != null) {
                    problems.add(new LoadProblem(file, 0, key, "this message key is defined twice"));
                }
            }
        });
        return new Phrasebook(all);
    }

    /** Whether a sentence exists for {@code key} in {@code language}. */
    public boolean has(String key, Language language) {
        return sentences.get(language).containsKey(key);
    }

    /** Every message key of a language. */
    public java.util.Set<String> keys(Language language) {
        return sentences.get(language).keySet();
    }

    /** The reason's sentence in {@code language}. */
    public String text(Reason reason, Language language) {
        String template = sentences.get(language).get(reason.key());
        if (template == null) {
            // A missing sentence must not hide the step: show its key and values (check reports it).
            return reason.key() + reason.args().entrySet().stream()
                    .map(e -> e.getKey() + "=" + format(e.getValue(), language))
                    .collect(Collectors.joining(", ", " (", ")"));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = reason.args().containsKey(name) ? format(reason.args().get(name), language) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** How a value reads in a sentence. */
    public String format(Object value, Language language) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal amount) {
            return money(amount, language);
        }
        if (value instanceof Rate rate) {
            return percent(rate.value(), language);
        }
        if (value instanceof Term term) {
            String t = sentences.get(language).get("term." + term.key());
            return t == null ? term.key() : t;
        }
        if (value instanceof fr.justedroit.rules.MonthAmount ma) {
            return format(ma.month(), language) + (language == Language.FR ? " : " : ": ") + money(ma.amount(), language);
        }
        if (value instanceof YearMonth month) {
            return DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()).format(month);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
        }
        if (value instanceof JsonName named) {
            String t = sentences.get(language).get("term." + named.jsonName());
            return t == null ? named.jsonName() : t;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** Euros: "1 357,70 €" in French, "€1,357.70" in English. */
    public static String money(BigDecimal amount, Language language) {
        String digits = grouped(amount.setScale(2, RoundingMode.HALF_UP), language);
        return language == Language.FR ? digits + " €" : "€" + digits;
    }

    private static String percent(BigDecimal rate, Language language) {
        BigDecimal pct = rate.movePointRight(2).stripTrailingZeros();
        if (pct.scale() < 0) {
            pct = pct.setScale(0);
        }
        String text = pct.toPlainString();
        return language == Language.FR ? text.replace('.', ',') + " %" : text + "%";
    }

    private static String grouped(BigDecimal amount, Language language) {
        String plain = amount.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String cents = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        char group = language == Language.FR ? ' ' : ',';
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(whole.charAt(i));
        }
        if (!cents.isEmpty()) {
            sb.append(language == Language.FR ? ',' : '.').append(cents);
        }
        return (amount.signum() < 0 ? "-" : "") + sb;
    }
}
