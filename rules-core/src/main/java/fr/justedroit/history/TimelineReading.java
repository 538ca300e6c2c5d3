package fr.justedroit.history;

import com.fasterxml.jackson.databind.JsonNode;
import fr.justedroit.InputError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The problems of one reading of a timeline, and typed getters that record a problem by its path. */
final class TimelineReading {
    private final List<InputError> errors = new ArrayList<>();

    List<InputError> errors() {
        return errors;
    }

    void error(String path, String problem, String expected) {
        errors.add(new InputError(path, problem, expected));
    }

    /** Refuses fields of {@code node} that are not in {@code known} (a typo must not be ignored). */
    void onlyFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                error(join(path, name), "unknown field", "one of " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    boolean isObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, node == null || node.isNull() ? "missing" : "not an object", "an object");
            return false;
        }
        return true;
    }

    YearMonth month(JsonNode parent, String field, String path, boolean required) {
        return parsed(parent, field, path, required, YearMonth::parse, "a month \"YYYY-MM\"");
    }

    LocalDate date(JsonNode parent, String field, String path, boolean required) {
        return parsed(parent, field, path, required, LocalDate::parse, "a date \"YYYY-MM-DD\"");
    }

    String text(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            error(join(path, field), "missing", "a text");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            error(join(path, field), "not a text", "a non-empty text");
            return null;
        }
        return v.asText();
    }

    boolean bool(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            error(join(path, field), "not a boolean", "true or false");
            return false;
        }
        return v.booleanValue();
    }

    BigDecimal amount(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        String at = join(path, field);
        if (v == null || v.isNull()) {
            error(at, "missing", "an amount in euros");
            return null;
        }
        if (!v.isNumber() || v.isDouble() && !Double.isFinite(v.doubleValue())) {
            error(at, "not a number", "an amount in euros, such as 412.50");
            return null;
        }
        BigDecimal amount = v.decimalValue();
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            error(at, "is " + amount.toPlainString(), "an amount from 0 to 1000000 euros with at most two decimals");
            return null;
        }
        return amount;
    }

    /** The elements of an optional array, or none (an error when present and not an array). */
    List<JsonNode> array(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            error(join(path, field), "not an array", "an array");
            return List.of();
        }
        List<JsonNode> all = new ArrayList<>();
        v.forEach(all::add);
        return all;
    }

    /**
     * The objects of an optional array, each with its path ({@code field[i]}) and its unknown fields
     * refused; an element that is not an object is reported and left out.
     */
    List<Map.Entry<String, JsonNode>> objects(JsonNode parent, String field, String path, Set<String> known) {
        List<Map.Entry<String, JsonNode>> objects = new ArrayList<>();
        List<JsonNode> all = array(parent, field, path);
        for (int i = 0; i < all.size(); i++) {
            String at = join(path, field) + "[" + i + "]";
            if (isObject(all.get(i), at)) {
                onlyFields(all.get(i), at, known);
                objects.add(Map.entry(at, all.get(i)));
            }
        }
        return objects;
    }

    private <T> T parsed(JsonNode parent, String field, String path, boolean required, Function<String, T> parse, String expected) {
        JsonNode v = parent.get(field);
        String at = join(path, field);
        if (v == null || v.isNull()) {
            if (required) {
                error(at, "missing", expected);
            }
            return null;
        }
        if (!v.isTextual()) {
            error(at, "not a text", expected);
            return null;
        }
        try {
            return parse.apply(v.asText());
        } catch (DateTimeParseException e) {
            error(at, "\"" + v.asText() + "\" is not valid", expected);
            return null;
        }
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
