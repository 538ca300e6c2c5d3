package fr.justedroit.examples.population;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.justedroit.BatchEntry;
import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.RequestLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a population file: JSON Lines, one household a line as {@code justedroit/contract/population.schema.json}
 * describes it ({@code id}, {@code weight}, {@code labels}, {@code paid}, {@code request}), one line at a
 * time (constant memory). Each line gives its household and the batch entry of its request, which the
 * engine's {@link fr.justedroit.Batch} reads and checks on its worker threads; a line whose own fields
 * break the format gives no household and an {@link BatchEntry.Unreadable} entry naming them by path.
 */
public final class PopulationFile {
    /** The published schema of one line, beside the request's. */
    public static final String SCHEMA = "justedroit/contract/population.schema.json";

    private static final Set<String> FIELDS = Set.of("id", "weight", "labels", "paid", "request");
    private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern BENEFIT = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_TEXT = 200;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private PopulationFile() {
    }

    /**
     * One line read.
     *
     * @param household the household around the request, or {@code null} when the line breaks the format
     *     (then {@code entry} is {@link BatchEntry.Unreadable} with the errors)
     * @param id the line's id when it has one, even if the line breaks the format; otherwise {@code null}
     * @param entry what the batch decides: the request's JSON, with the line's number
     */
    public record Line(PopulationHousehold household, String id, BatchEntry entry) {
    }

    /**
     * The non-blank lines of {@code in}, read as they are asked for.
     *
     * @param defaultMonth the month of the requests that give none, or {@code null}
     * @param limits the longest line and deepest nesting accepted
     */
    public static Iterator<Line> lines(InputStream in, YearMonth defaultMonth, RequestLimits limits) {
        Iterator<BatchEntry> raw = BatchEntry.jsonLines(in, limits);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public Line next() {
                BatchEntry entry = raw.next();
                return entry instanceof BatchEntry.Json json ? read(json.line(), json.json(), defaultMonth) : new Line(null, null, entry);
            }
        };
    }

    /**
     * One line of a file read elsewhere (a cluster reads its files by splits): {@code text} is read as
     * {@link #lines} reads a line of a file, with the same limits and the same errors, and numbered
     * {@code line}.
     *
     * @return the line, or {@code null} when {@code text} is blank (no line, as in a file)
     */
    public static Line line(long line, String text, YearMonth defaultMonth, RequestLimits limits) {
        return line(line, text.getBytes(StandardCharsets.UTF_8), defaultMonth, limits);
    }

    /**
     * One line of a file read elsewhere, as its bytes (without the line break): read as {@link #lines}
     * reads a line of a file, bytes that are not UTF-8 refused alike.
     *
     * @return the line, or {@code null} when it is blank
     */
    public static Line line(long line, byte[] bytes, YearMonth defaultMonth, RequestLimits limits) {
        Iterator<BatchEntry> raw = BatchEntry.jsonLines(new ByteArrayInputStream(bytes), limits);
        if (!raw.hasNext()) {
            return null;
        }
        BatchEntry entry = raw.next();
        if (entry instanceof BatchEntry.Json json) {
            return read(line, json.json(), defaultMonth);
        }
        return bad(line, null, ((BatchEntry.Unreadable) entry).errors());
    }

    /**
     * The lines of {@code lines}, a line whose id an earlier line already has refused (its household
     * would count twice, or two households would be mixed up in the lists): see {@link #repeated}. Keeps
     * one entry per distinct id.
     */
    public static Iterator<Line> uniqueIds(Iterator<Line> lines) {
        Map<String, Long> first = new HashMap<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Line next() {
                Line l = lines.next();
                if (l.id() == null) {
                    return l;
                }
                Long earlier = first.putIfAbsent(l.id(), l.entry().line());
                return earlier == null ? l : repeated(l, earlier);
            }
        };
    }

    /**
     * {@code line} refused because line {@code firstLine} already has its id; a line already refused
     * for its format stays as it is.
     */
    public static Line repeated(Line line, long firstLine) {
        if (line.household() == null) {
            return line;
        }
        return bad(line.entry().line(), line.id(), List.of(new InputError("id", "'" + line.id() + "' is already the id of line " + firstLine,
                "an id of its own: each household of the file has a different id")));
    }

    /** One line of the file: its household and its request, or what is wrong with it. */
    static Line read(long line, String text, YearMonth defaultMonth) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return bad(line, null, List.of(new InputError("(line)", "not valid JSON: " + e.getOriginalMessage(),
                    "one JSON object a line: {\"id\": ..., \"request\": {...}}")));
        }
        if (root == null || !root.isObject()) {
            return bad(line, null, List.of(new InputError("(line)", "not a JSON object", "one JSON object a line: {\"id\": ..., \"request\": {...}}")));
        }
        List<InputError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                errors.add(new InputError(f, "unknown field '" + f + "'", "one of id, weight, labels, paid, request"));
            }
        });
        String id = id(root.get("id"), errors);
        BigDecimal weight = weight(root.get("weight"), errors);
        Map<String, String> labels = labels(root.get("labels"), errors);
        Map<String, BigDecimal> paid = paid(root.get("paid"), errors);
        JsonNode request = root.get("request");
        if (request == null) {
            errors.add(new InputError("request", "missing", "the contract's request: {\"month\": ..., \"household\": {...}}"));
        } else if (!request.isObject()) {
            errors.add(new InputError("request", "not an object", "the contract's request: {\"month\": ..., \"household\": {...}}"));
        }
        if (!errors.isEmpty()) {
            return bad(line, id, errors);
        }
        PopulationHousehold household = new PopulationHousehold(line, id, weight, labels, paid, ownIncome(request, defaultMonth));
        try {
            return new Line(household, id, new BatchEntry.Json(line, JSON.writeValueAsString(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from JSON writes back", e);
        }
    }

    private static Line bad(long line, String id, List<InputError> errors) {
        return new Line(null, id, new BatchEntry.Unreadable(line, errors));
    }

    private static String id(JsonNode node, List<InputError> errors) {
        String expected = "a string of 1 to " + MAX_TEXT + " characters";
        if (node == null) {
            errors.add(new InputError("id", "missing", expected));
        } else if (!node.isTextual() || node.asText().isEmpty() || node.asText().length() > MAX_TEXT) {
            errors.add(new InputError("id", node.isTextual() ? "has " + node.asText().length() + " characters" : "not a string", expected));
        } else {
            return node.asText();
        }
        return null;
    }

    private static BigDecimal weight(JsonNode node, List<InputError> errors) {
        if (node == null) {
            return BigDecimal.ONE;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            errors.add(new InputError("weight", node.isNumber() ? "is " + node.decimalValue().toPlainString() : "not a number",
                    "a number above 0 (how many households this one stands for)"));
            return null;
        }
        return node.decimalValue();
    }

    private static Map<String, String> labels(JsonNode node, List<InputError> errors) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node == null) {
            return labels;
        }
        if (!node.isObject()) {
            errors.add(new InputError("labels", "not an object", "names and values, e.g. {\"departement\": \"66\"}"));
            return labels;
        }
        node.fields().forEachRemaining(e -> {
            String path = "labels." + e.getKey();
            if (!LABEL_NAME.matcher(e.getKey()).matches()) {
                errors.add(new InputError(path, "not a label name", "1 to 64 letters, digits, '_', '.' or '-'"));
            } else if (!e.getValue().isTextual() || e.getValue().asText().length() > MAX_TEXT) {
                errors.add(new InputError(path, e.getValue().isTextual() ? "longer than " + MAX_TEXT + " characters" : "not a string",
                        "a string of at most " + MAX_TEXT + " characters"));
            } else {
                labels.put(e.getKey(), e.getValue().asText());
            }
        });
        return labels;
    }

    private static Map<String, BigDecimal> paid(JsonNode node, List<InputError> errors) {
        if (node == null) {
            return null;
        }
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        if (!node.isObject()) {
            errors.add(new InputError("paid", "not an object", "benefits and euros a month, e.g. {\"rsa\": 646.52}"));
            return paid;
        }
        node.fields().forEachRemaining(e -> {
            String path = "paid." + e.getKey();
            if (!BENEFIT.matcher(e.getKey()).matches()) {
                errors.add(new InputError(path, "not a benefit name", "a benefit of the rule sets: rsa, prime_activite, aah, violence_aid"));
            } else if (!e.getValue().isNumber() || e.getValue().decimalValue().signum() < 0) {
                errors.add(new InputError(path, e.getValue().isNumber() ? "is negative" : "not a number", "euros, 0 or more"));
            } else {
                paid.put(e.getKey(), e.getValue().decimalValue());
            }
        });
        return paid;
    }

    /**
     * The own income of the request's household, read from its JSON (a request that breaks the contract
     * is refused by the batch, and its income never used).
     */
    private static PopulationHousehold.OwnIncome ownIncome(JsonNode request, YearMonth defaultMonth) {
        YearMonth month = defaultMonth;
        JsonNode m = request.get("month");
        try {
            if (m != null && m.isTextual()) {
                month = YearMonth.parse(m.asText());
            }
        } catch (DateTimeParseException e) {
            return PopulationHousehold.OwnIncome.NONE;
        }
        if (month == null) {
            return PopulationHousehold.OwnIncome.NONE;
        }
        YearMonth first = month.minusMonths(3);
        BigDecimal quarter = BigDecimal.ZERO;
        BigDecimal aah = BigDecimal.ZERO;
        String aahType = IncomeType.AAH.jsonName();
        for (JsonNode person : request.path("household").path("persons")) {
            for (JsonNode income : person.path("incomes")) {
                JsonNode amount = income.get("amount");
                YearMonth when = monthOf(income.get("month"));
                if (amount == null || !amount.isNumber() || when == null || when.isBefore(first) || !when.isBefore(month)) {
                    continue;
                }
                if (aahType.equals(income.path("type").asText())) {
                    aah = aah.add(amount.decimalValue());
                } else {
                    quarter = quarter.add(amount.decimalValue());
                }
            }
        }
        return new PopulationHousehold.OwnIncome(quarter, aah);
    }

    private static YearMonth monthOf(JsonNode node) {
        try {
            return node != null && node.isTextual() ? YearMonth.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
