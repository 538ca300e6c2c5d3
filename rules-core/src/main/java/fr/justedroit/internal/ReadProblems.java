package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationContext;
import fr.justedroit.InputError;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors found while one request is mapped, with what the mapping needs to word them: the
 * path the request sits under, its format, its default month. One instance per reading, held by
 * the databind context, so the shared mappers stay stateless and thread-safe.
 */
final class ReadProblems {
    static final Object KEY = ReadProblems.class;

    final String basePath;
    final String format;
    final YearMonth defaultMonth;
    private final List<InputError> errors = new ArrayList<>();

    ReadProblems(String basePath, String format, YearMonth defaultMonth) {
        this.basePath = basePath;
        this.format = format;
        this.defaultMonth = defaultMonth;
    }

    static ReadProblems of(DeserializationContext ctxt) {
        return (ReadProblems) ctxt.getAttribute(KEY);
    }

    void add(String path, String problem, String expected) {
        errors.add(new InputError(path, problem, expected));
    }

    List<InputError> errors() {
        return errors;
    }

    /** The contract path of the value the parser is on ({@code household.persons[0].birthDate}). */
    String valuePath(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
            ctx = ctx.getParent();
        }
        return path(ctx);
    }

    /** The path of the object the parser is in (on a field name or on the object's end). */
    String objectPath(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return path(ctx);
        }
        return ctx.getParent() == null ? basePath : path(ctx.getParent());
    }

    /** The path of the object holding the value the parser is on. */
    String objectPathOfValue(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
            ctx = ctx.getParent();
        }
        return ctx.getParent() == null || ctx.getParent().inRoot() ? basePath : path(ctx.getParent());
    }

    /**
     * A field name as it can be printed in a path: as it is when it is a plain name, else quoted
     * with JSON escapes ({@code ["a\nb"]}), so that no name from the input can forge a line.
     */
    static String fieldName(String name) {
        return name.matches("[A-Za-z0-9_]{1,64}") ? name
                : "[\"" + new String(JsonStringEncoder.getInstance().quoteAsString(name.length() > 60 ? name.substring(0, 57) + "..." : name)) + "\"]";
    }

    /** {@code path} then {@code field}. */
    static String join(String path, String field) {
        return path.isEmpty() ? field : field.startsWith("[") ? path + field : path + "." + field;
    }

    private String path(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder(basePath);
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    /**
     * The value the parser is on, as JSON (texts quoted), shortened; a structure is read whole, so
     * the parser ends up past it.
     */
    static String shown(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        String s;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            s = String.valueOf(ctxt.readTree(p));
        } else if (t == JsonToken.VALUE_STRING) {
            s = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(p.getText())) + "\"";
        } else if (t == JsonToken.VALUE_NULL) {
            s = "null";
        } else {
            s = p.getText();
        }
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
