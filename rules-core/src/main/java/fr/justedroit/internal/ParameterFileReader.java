package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.justedroit.LoadProblem;
import fr.justedroit.internal.ParameterTable.Entry;
import fr.justedroit.internal.ParameterTable.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a parameter file: a YAML map from parameter id to its description, unit and dated values.
 *
 * <pre>
 * rsa.montant_forfaitaire.base:
 *   description: Montant forfaitaire, personne seule
 *   unit: euros
 *   values:
 *     - since: 2025-04-01
 *       value: 646.52
 *       source: Décret n° 2025-293 du 29 mars 2025
 * </pre>
 *
 * A value may be {@code null}: the parameter is not in force from that date. Every problem is
 * reported with the file and the parameter id; nothing is guessed.
 */
public final class ParameterFileReader {
    private static final Set<String> PARAMETER_FIELDS = Set.of("description", "unit", "values", "note");
    private static final Set<String> VALUE_FIELDS = Set.of("since", "value", "source", "note");
    /** Units a parameter may declare; they only document how a value reads. */
    public static final Set<String> UNITS = Set.of("euros", "rate", "count", "years", "months", "hours", "days");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ParameterFileReader() {
    }

    /** Reads {@code text} (the content of {@code file}); problems are added to {@code problems}. */
    public static Map<String, Parameter> read(String file, String text, List<LoadProblem> problems) {
        Map<String, Parameter> result = new LinkedHashMap<>();
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = YAML.readTree(text);
            lines = lines(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new LoadProblem(file, line, null, "not valid YAML: " + e.getOriginalMessage()));
            return result;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return result;
        }
        if (!root.isObject()) {
            problems.add(new LoadProblem(file, 1, null, "a parameter file is a map from parameter id to its definition"));
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Parameter p = parameter(file, field.getKey(), field.getValue(), lines, problems);
            if (p != null) {
                result.put(p.id(), p);
            }
        }
        return result;
    }

    private static Parameter parameter(String file, String id, JsonNode node, Map<String, Integer> lines,
            List<LoadProblem> problems) {
        int before = problems.size();
        int line = lines.getOrDefault("/" + id, 0);
        if (!id.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+")) {
            problems.add(new LoadProblem(file, line, id, "a parameter id is dotted lower snake_case, starting with its rule set (rsa.montant_forfaitaire.base)"));
        }
        if (!node.isObject()) {
            problems.add(new LoadProblem(file, line, id, "expected a map with description, unit and values"));
            return null;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!PARAMETER_FIELDS.contains(f)) {
                problems.add(new LoadProblem(file, line, id, "unknown field '" + f + "' (expected one of " + PARAMETER_FIELDS + ")"));
            }
        });
        String description = text(node, "description");
        if (description == null) {
            problems.add(new LoadProblem(file, line, id, "missing description"));
        }
        String unit = text(node, "unit");
        if (unit == null || !UNITS.contains(unit)) {
            problems.add(new LoadProblem(file, line, id, "unit '" + unit + "' is not one of " + UNITS));
        }
        JsonNode values = node.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            problems.add(new LoadProblem(file, line, id, "missing values: expected a list of {since, value, source}"));
            return null;
        }
        NavigableMap<LocalDate, Entry> dated = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            datedValue(file, id, i, values.get(i), dated, lines.getOrDefault("/" + id + "/values/" + i, line), problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new Parameter(id, description, unit, file, Collections.unmodifiableNavigableMap(dated));
    }

    private static void datedValue(String file, String id, int index, JsonNode v, NavigableMap<LocalDate, Entry> dated,
            int line, List<LoadProblem> problems) {
        String where = id + ".values[" + index + "]";
        if (!v.isObject()) {
            problems.add(new LoadProblem(file, line, where, "expected a map {since, value, source}"));
            return;
        }
        v.fieldNames().forEachRemaining(f -> {
            if (!VALUE_FIELDS.contains(f)) {
                problems.add(new LoadProblem(file, line, where, "unknown field '" + f + "' (expected one of " + VALUE_FIELDS + ")"));
            }
        });
        LocalDate since = null;
        String sinceText = text(v, "since");
        try {
            since = sinceText == null ? null : LocalDate.parse(sinceText);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (since == null) {
            problems.add(new LoadProblem(file, line, where, "since '" + sinceText + "' is not a date (expected YYYY-MM-DD)"));
        }
        JsonNode value = v.get("value");
        if (value == null) {
            problems.add(new LoadProblem(file, line, where, "missing value (a number, or null when not in force)"));
        } else if (!value.isNull() && !value.isNumber()) {
            problems.add(new LoadProblem(file, line, where, "value '" + value.asText() + "' is not a number"));
        }
        String source = text(v, "source");
        if (source == null || source.isBlank()) {
            problems.add(new LoadProblem(file, line, where, "missing source: every value names the legal text it comes from"));
        }
        if (since != null && dated.containsKey(since)) {
            problems.add(new LoadProblem(file, line, id, "two values take effect on " + since));
        }
        if (since != null && value != null && (value.isNull() || value.isNumber()) && source != null) {
            dated.put(since, new Entry(value.isNull() ? null : value.decimalValue(), source, file));
        }
    }

    /**
     * The line of each parameter and of each of its values, by path ({@code /id}, {@code /id/values/0}):
     * the tree has no locations, so the text is read once more as tokens.
     */
    private static Map<String, Integer> lines(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new java.util.HashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            com.fasterxml.jackson.core.JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int depth = parser.getParsingContext().getNestingDepth();
                if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth <= 1) {
                    lines.put(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                } else if (token == com.fasterxml.jackson.core.JsonToken.START_OBJECT && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    lines.put(parser.getParsingContext().getParent().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a string cannot fail", e);
        }
        return lines;
    }

    private static String text(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }
}
