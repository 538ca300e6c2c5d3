package fr.justedroit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import fr.justedroit.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates request JSON against the published schema ({@code justedroit/contract/request.schema.json})
 * and words each failure as a path, a problem and what is expected. Requests are no longer read
 * through it (the mapping, {@link RequestMapping}, is strict on its own); the tests use it to hold
 * the published schema and the mapping to the same verdicts.
 */
public final class SchemaValidator {
    /** The classpath location of the request schema. */
    public static final String REQUEST_SCHEMA = "justedroit/contract/request.schema.json";
    private static final Schema SCHEMA = load();

    private SchemaValidator() {
    }

    private static Schema load() {
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(REQUEST_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the request schema is missing from the classpath: " + REQUEST_SCHEMA);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema errors of {@code request}, one per path (the first problem found there). */
    public static List<InputError> validate(JsonNode request, String basePath) {
        Map<String, InputError> byPath = new LinkedHashMap<>();
        for (Error e : SCHEMA.validate(request)) {
            InputError error = word(e, basePath);
            byPath.putIfAbsent(error.path() + "|" + e.getKeyword(), error);
        }
        return new ArrayList<>(byPath.values());
    }

    private static InputError word(Error e, String basePath) {
        String path = path(e.getInstanceLocation(), basePath);
        JsonNode schema = e.getSchemaNode();
        JsonNode value = e.getInstanceNode();
        String shown = value == null ? "" : shorten(value.toString());
        switch (e.getKeyword()) {
            case "additionalProperties": {
                String field = e.getProperty();
                return new InputError(join(path, field), "unknown field '" + field + "'",
                        "only the fields of the contract");
            }
            case "required": {
                String field = e.getProperty();
                return new InputError(join(path, field), "missing", "the required field '" + field + "'");
            }
            case "enum":
                return new InputError(path, "the value " + shown + " is not allowed", "one of " + enumValues(schema));
            case "type":
                return new InputError(path, "the value " + shown + " has the wrong type", "a value of type " + typeOf(schema));
            case "pattern":
                if (schema != null && schema.asText().contains("A-Za-z")) {
                    return new InputError(path, ContractFields.idProblem(value == null ? "" : value.asText()), ContractFields.ID_FORM);
                }
                return new InputError(path, "the value " + shown + " is malformed",
                        schema != null && schema.asText().contains("-(0[1-9]|[12]") ? "a date YYYY-MM-DD" : "a month YYYY-MM");
            case "minimum":
                return new InputError(path, "the value " + shown + " is too small", "at least " + schema.asText());
            case "maximum":
                return new InputError(path, "the value " + shown + " is too large", "at most " + schema.asText());
            case "minItems":
                return new InputError(path, "the list is too short", "at least " + schema.asText() + " item(s)");
            case "maxItems":
                return new InputError(path, "the list is too long", "at most " + schema.asText() + " items");
            case "minLength":
                return new InputError(path, "the text is empty", "a non-empty text");
            case "maxLength":
                return new InputError(path, "the text is too long", "at most " + schema.asText() + " characters");
            default:
                return new InputError(path, e.getMessage(), "a value allowed by the contract's schema");
        }
    }

    /**
     * The contract's form of a location: {@code household.persons[1].birthDate}, built from the
     * location's elements (names and indexes), whatever form the validator prints it in.
     */
    static String path(NodePath location, String basePath) {
        StringBuilder sb = new StringBuilder(basePath);
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        return sb.toString();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String enumValues(JsonNode schema) {
        if (schema == null || !schema.isArray()) {
            return "the values of the contract";
        }
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = schema.elements(); it.hasNext();) {
            JsonNode v = it.next();
            if (!v.isNull()) {
                values.add(v.asText());
            }
        }
        return String.join(", ", values);
    }

    private static String typeOf(JsonNode schema) {
        if (schema == null) {
            return "the contract's";
        }
        if (schema.isArray()) {
            List<String> types = new ArrayList<>();
            schema.forEach(t -> types.add(t.asText()));
            return String.join(" or ", types);
        }
        return schema.asText();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
