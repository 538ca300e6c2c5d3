package fr.justedroit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.justedroit.LegalLink;
import fr.justedroit.LoadProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of legal texts the rules cite ({@code legal_texts.yaml} of a rule set): each code with
 * its Légifrance id and the id of each article, each decree or law with its id. It turns a rule's
 * {@code @legalRef} into links a reader can follow.
 *
 * <p>Reading a reference is tolerant: it is split at {@code ;}; a part that starts with a code
 * ({@code CASF art. L262-9 et R262-10}, {@code CSS art. L842-2 3°, R842-2 et R512-2}) gives one link
 * per article number ({@code L262-9}, {@code R842-2-1}); a part that names a decree, a law or an
 * order by number ({@code Décret n° 2022-1694 du 28 décembre 2022, art. 2}) gives the link of that
 * text. What is not recognised gives no link ({@link #unrecognised} says what). Immutable and thread-safe.
 */
public final class LegalTexts {
    /** The name of the table's file in a rule-set folder. */
    public static final String FILE_NAME = "legal_texts.yaml";

    private static final Pattern CODE_PART = Pattern.compile("^\\s*(CASF|CSS|CGI|C\\.\\s*trav\\.|CT)\\s+art(?:icles?|s?\\.)\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A code named again inside a part ("CASF art. R262-7 et CSS art. R843-2"): its articles are that code's. */
    private static final Pattern CODE_MENTION = Pattern.compile("(?<![\\p{L}])(CASF|CSS|CGI|C\\.\\s*trav\\.|CT)\\s+art(?:icles?|s?\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("\\b([LRDA])\\.?\\s?(\\d{3}(?:-\\d+)+)\\b");
    private static final Pattern TEXT = Pattern.compile("\\b(d[ée]cret|loi|arr[êe]t[ée]|ordonnance)\\s+n[°o]\\s*(\\d{2,4}-\\d+)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String ARTICLE_URL = "https://www.legifrance.gouv.fr/codes/article_lc/";
    private static final String CODE_URL = "https://www.legifrance.gouv.fr/codes/texte_lc/";
    private static final String TEXT_URL = "https://www.legifrance.gouv.fr/jorf/id/";

    /** A code: its name, Légifrance id, and the id of each article (null when not known). */
    private record Code(String name, String id, Map<String, String> articles) {
    }

    /** A decree or a law: its name and Légifrance id (null when not known). */
    private record Text(String name, String id) {
    }

    /** One article or text a reference cites, found in the table or not. */
    public record Citation(String ref, boolean known) {
    }

    private final Map<String, Code> codes;
    private final Map<String, Text> texts;
    private final Map<String, List<LegalLink>> cache = new ConcurrentHashMap<>();

    private LegalTexts(Map<String, Code> codes, Map<String, Text> texts) {
        this.codes = codes;
        this.texts = texts;
    }

    /** A table with no text: references give no link. */
    public static LegalTexts empty() {
        return new LegalTexts(Map.of(), Map.of());
    }

    /** This table and {@code other}'s (other's entries win). */
    public LegalTexts plus(LegalTexts other) {
        Map<String, Code> c = new LinkedHashMap<>(codes);
        other.codes.forEach((k, v) -> c.merge(k, v, (a, b) -> {
            Map<String, String> articles = new LinkedHashMap<>(a.articles());
            articles.putAll(b.articles());
            return new Code(b.name(), b.id(), articles);
        }));
        Map<String, Text> t = new LinkedHashMap<>(texts);
        t.putAll(other.texts);
        return new LegalTexts(c, t);
    }

    /** Reads a {@code legal_texts.yaml}; problems name the file and what is wrong. */
    public static LegalTexts read(String file, String yaml, List<LoadProblem> problems) {
        Map<String, Code> codes = new LinkedHashMap<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) {
                problems.add(new LoadProblem(file, 0, null, "expected a mapping with 'codes' and 'texts'"));
                return empty();
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("codes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Map<String, String> articles = new LinkedHashMap<>();
                e.getValue().path("articles").fields().forEachRemaining(a -> articles.put(a.getKey(),
                        a.getValue().isNull() ? null : a.getValue().asText()));
                codes.put(codeKey(e.getKey()), new Code(e.getValue().path("name").asText(e.getKey()),
                        nullable(e.getValue().path("id")), Collections.unmodifiableMap(articles)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("texts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Matcher m = TEXT.matcher(e.getKey());
                if (!m.find()) {
                    problems.add(new LoadProblem(file, 0, e.getKey(), "a text is named by its kind and number: 'Décret n° 2022-1694'"));
                    continue;
                }
                texts.put(textKey(m), new Text(e.getValue().path("name").asText(e.getKey()), nullable(e.getValue().path("id"))));
            }
        } catch (IOException e) {
            problems.add(new LoadProblem(file, 0, null, "not valid YAML: " + e.getMessage()));
        }
        return new LegalTexts(codes, texts);
    }

    private static String nullable(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    /** The links of a rule's {@code @legalRef}, in the order it cites them (no link for what is not in the table). */
    public List<LegalLink> links(String legalRef) {
        if (legalRef == null || legalRef.isBlank()) {
            return List.of();
        }
        return cache.computeIfAbsent(legalRef, this::resolve);
    }

    private List<LegalLink> resolve(String legalRef) {
        List<LegalLink> links = new ArrayList<>();
        for (Citation c : citations(legalRef)) {
            LegalLink link = link(c.ref());
            if (link != null) {
                links.add(link);
            }
        }
        return List.copyOf(links);
    }

    /** Every article and text a reference cites, each said whether the table has it. */
    public List<Citation> citations(String legalRef) {
        List<Citation> found = new ArrayList<>();
        for (String part : legalRef.split(";")) {
            boolean isCode = CODE_PART.matcher(part).find();
            // A part that starts with a code drops its remarks in parentheses ("(renvoi à R532-5)"); in a
            // part that does not (a sentence), a code cited in parentheses ends at the closing one.
            String text = isCode ? part.replaceAll("\\(.*?\\)", "") : part;
            Matcher code = CODE_MENTION.matcher(text);
            boolean more = code.find();
            while (more) {
                String key = codeKey(code.group(1));
                int from = code.end();
                more = code.find();
                String articles = text.substring(from, more ? code.start() : text.length());
                if (!isCode && articles.indexOf(')') >= 0) {
                    articles = articles.substring(0, articles.indexOf(')'));
                }
                Matcher a = ARTICLE.matcher(articles);
                while (a.find()) {
                    String article = a.group(1).toUpperCase(Locale.ROOT) + a.group(2);
                    Code c = codes.get(key);
                    found.add(new Citation(key + " art. " + article, c != null && c.articles().containsKey(article)));
                }
            }
            Matcher t = TEXT.matcher(part);
            while (!isCode && t.find()) {
                found.add(new Citation(textName(t), texts.containsKey(textKey(t))));
            }
        }
        return found;
    }

    /** The parts of a reference that name neither a code's article nor a numbered text. */
    public List<String> unrecognised(String legalRef) {
        List<String> out = new ArrayList<>();
        for (String part : legalRef.split(";")) {
            if (!CODE_PART.matcher(part).find() && !TEXT.matcher(part).find() && !part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private LegalLink link(String ref) {
        int art = ref.indexOf(" art. ");
        if (art > 0) {
            Code c = codes.get(ref.substring(0, art));
            String article = ref.substring(art + " art. ".length());
            if (c == null || !c.articles().containsKey(article)) {
                return null;
            }
            String id = c.articles().get(article);
            String title = c.name() + ", article " + article;
            if (id != null) {
                return new LegalLink(ref, title, id, ARTICLE_URL + id);
            }
            return new LegalLink(ref, title, c.id(), c.id() == null ? null : CODE_URL + c.id());
        }
        Matcher m = TEXT.matcher(ref);
        if (m.find()) {
            Text t = texts.get(textKey(m));
            if (t != null) {
                return new LegalLink(ref, t.name(), t.id(), t.id() == null ? null : TEXT_URL + t.id());
            }
        }
        return null;
    }

    private static String codeKey(String code) {
        String c = code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return c.equals("C.TRAV.") ? "CT" : c;
    }

    private static String textKey(Matcher m) {
        String kind = m.group(1).toLowerCase(Locale.ROOT).replace('é', 'e').replace('ê', 'e');
        return kind + " " + m.group(2);
    }

    private static String textName(Matcher m) {
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " n° " + m.group(2);
    }
}
