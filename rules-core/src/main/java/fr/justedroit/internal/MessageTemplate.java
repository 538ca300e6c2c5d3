package fr.justedroit.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import fr.justedroit.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a rule set, parsed once: an ICU {@link MessageFormat} pattern with named
 * arguments, plural, select and selectordinal, plus the project's placeholders for cited
 * parameters.
 *
 * <p>Syntax, on top of ICU's:
 * <ul>
 *   <li>{@code {amount}} a value the rule gives with {@code .with("amount", ...)};</li>
 *   <li>{@code {$rsa.condition_age.age_minimum}} the value of a parameter the rule cites in
 *       {@code .using(...)}, formatted by its unit (euros, rate, count…); {@code {$id@since}} the
 *       date it took effect, in words;</li>
 *   <li>derived values the formatter computes from a value {@code x}: {@code x_elision}
 *       ({@code vowel} or {@code consonant}, for "d’Alice" / "de Bruno":
 *       {@code {person_elision, select, vowel {d’{person}} other {de {person}}}}), and for an amount
 *       {@code x_sign} ({@code negative}, {@code zero}, {@code positive}) and {@code x_abs} (its
 *       absolute value), so that a sentence says "exceed by 198,00 €" rather than "= −198,00 €"; for a
 *       term {@code x_key}, the last segment of its key ({@code young_child}), to choose words by case.</li>
 * </ul>
 * Apostrophes are typographic: every {@code '} reads {@code ’}, so ICU quoting is off and
 * "d'{person}" needs no escaping. French punctuation gets its no-break spaces (before ":" a
 * no-break space, before ";", "!", "?" a narrow one).
 *
 * <p>Immutable; {@link #format} is thread-safe (each thread formats with its own copy of the parsed
 * pattern).
 */
public final class MessageTemplate {
    /** A parameter placeholder: {@code {$id}} or {@code {$id@since}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\$([^,}\\s]*)");
    private static final Pattern FR_SPACE_BEFORE = Pattern.compile(" ([:;!?])(?!:)");

    /** What a placeholder names: a value of the rule, or a field of a cited parameter. */
    public record Placeholder(String name, boolean parameter, String field) {
        /** The name as the template writes it: {@code amount}, {@code $rsa.seuil_versement}. */
        public String written() {
            return parameter ? "$" + name + (field.isEmpty() ? "" : "@" + field) : name;
        }
    }

    private final String key;
    private final String pattern;
    private final Map<String, Placeholder> placeholders;
    private final Set<String> numeric;
    private final String literalText;
    private final ThreadLocal<MessageFormat> formats;

    private MessageTemplate(String key, String pattern, MessageFormat prototype, Map<String, Placeholder> placeholders,
            Set<String> numeric, String literalText) {
        this.key = key;
        this.pattern = pattern;
        this.placeholders = Collections.unmodifiableMap(placeholders);
        this.numeric = Collections.unmodifiableSet(numeric);
        this.literalText = literalText;
        this.formats = ThreadLocal.withInitial(() -> (MessageFormat) prototype.clone());
    }

    /**
     * Parses a sentence.
     *
     * @throws IllegalArgumentException with a message for the rule-set author when the sentence is malformed
     */
    public static MessageTemplate parse(String key, String text, Language language) {
        String typographic = text.replace('\'', '’');
        if (language == Language.FR) {
            typographic = frenchSpaces(typographic);
        }
        Map<String, Placeholder> placeholders = new LinkedHashMap<>();
        StringBuilder icu = new StringBuilder();
        Matcher m = PARAMETER.matcher(typographic);
        int n = 0;
        while (m.find()) {
            String written = m.group(1);
            int at = written.indexOf('@');
            String id = at < 0 ? written : written.substring(0, at);
            String field = at < 0 ? "" : written.substring(at + 1);
            if (!id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+")) {
                throw new IllegalArgumentException("placeholder {$" + written + "} does not name a parameter id (lower-case segments separated by dots)");
            }
            if (!field.isEmpty() && !field.equals("since")) {
                throw new IllegalArgumentException("placeholder {$" + written + "}: after '@' only 'since' (the date the value took effect) is known");
            }
            String icuName = "__p" + n++;
            placeholders.put(icuName, new Placeholder(id, true, field));
            m.appendReplacement(icu, Matcher.quoteReplacement("{" + icuName));
        }
        m.appendTail(icu);
        String pattern = icu.toString();
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed sentence: " + e.getMessage());
        }
        Set<String> numeric = new LinkedHashSet<>();
        StringBuilder literal = new StringBuilder();
        Deque<MessagePattern.Part.Type> open = new ArrayDeque<>();
        int textFrom = 0;
        MessagePattern.ArgType argType = null;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            if (!open.isEmpty() && open.peek() == MessagePattern.Part.Type.MSG_START && part.getIndex() > textFrom) {
                literal.append(pattern, textFrom, part.getIndex()).append(' ');
            }
            textFrom = part.getLimit();
            switch (type) {
                case MSG_START, ARG_START -> {
                    open.push(type);
                    if (type == MessagePattern.Part.Type.ARG_START) {
                        argType = part.getArgType();
                    }
                }
                case MSG_LIMIT, ARG_LIMIT -> open.pop();
                case ARG_NUMBER -> throw new IllegalArgumentException("placeholder {" + parsed.getSubstring(part)
                        + "}: arguments are named, not numbered");
                case ARG_NAME -> {
                    String name = parsed.getSubstring(part);
                    if (argType == MessagePattern.ArgType.PLURAL || argType == MessagePattern.ArgType.SELECTORDINAL
                            || (argType == MessagePattern.ArgType.SIMPLE && "number".equals(parsed.getSubstring(parsed.getPart(i + 1))))) {
                        numeric.add(name);
                    }
                    placeholders.putIfAbsent(name, new Placeholder(name, false, ""));
                }
                default -> {
                }
            }
        }
        MessageFormat prototype;
        try {
            prototype = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed sentence: " + e.getMessage());
        }
        return new MessageTemplate(key, pattern, prototype, placeholders, numeric, literal.toString());
    }

    private static String frenchSpaces(String text) {
        Matcher m = FR_SPACE_BEFORE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            char space = m.group(1).equals(":") ? ValueFormat.NBSP : ValueFormat.NNBSP;
            m.appendReplacement(sb, Matcher.quoteReplacement(space + m.group(1)));
        }
        m.appendTail(sb);
        return sb.toString().replace("« ", "«" + ValueFormat.NBSP).replace(" »", ValueFormat.NBSP + "»")
                .replace("n° ", "n°" + ValueFormat.NBSP);
    }

    /** The message key. */
    public String key() {
        return key;
    }

    /** Every placeholder, by the name ICU sees (cited parameters under generated names). */
    public Map<String, Placeholder> placeholders() {
        return placeholders;
    }

    /** The names used by plural, selectordinal or number: their values stay numbers. */
    public Set<String> numericNames() {
        return numeric;
    }

    /** The words the sentence writes itself, outside every placeholder (for the checks on figures). */
    public String literalText() {
        return literalText;
    }

    /** The sentence with these values (by ICU name). */
    public String format(Map<String, Object> values) {
        return formats.get().format(values);
    }

    /** The names a rule must give: values of the rule, without the derived suffixes. */
    public List<String> ruleValueNames() {
        List<String> names = new ArrayList<>();
        for (Placeholder p : placeholders.values()) {
            if (!p.parameter()) {
                names.add(p.name());
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return key + "=" + pattern;
    }
}
