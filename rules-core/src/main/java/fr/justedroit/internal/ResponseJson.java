package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.justedroit.Decision;
import fr.justedroit.InputError;
import fr.justedroit.JsonName;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes responses (and input errors) as the contract's JSON, straight to a Jackson
 * {@link JsonGenerator}: no tree and no intermediate text per response.
 */
public final class ResponseJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ConstantJson CONSTANT_JSON = new ConstantJson();

    private ResponseJson() {
    }

    /** The response, indented. */
    public static String write(Response response, Phrasebook phrasebook, Language language) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(response, phrasebook, language, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The response on one line. */
    public static String writeLine(Response response, Phrasebook phrasebook, Language language) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            write(response, phrasebook, language, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The response on one line, as UTF-8 bytes written to {@code out} (not closed, not flushed). */
    public static void writeLine(Response response, Phrasebook phrasebook, Language language, OutputStream out)
            throws IOException {
        try (JsonGenerator g = utf8(out)) {
            write(response, phrasebook, language, g);
        }
    }

    /** An error object: {@code {"error": {"line", "message", "errors": [{path, problem, expected}]}}}, on one line. */
    public static String errorLine(String message, List<InputError> errors, Integer line) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            writeError(message, errors, line, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The error object of {@link #errorLine}, as UTF-8 bytes written to {@code out} (not closed, not flushed). */
    public static void errorLine(String message, List<InputError> errors, Long line, OutputStream out) throws IOException {
        try (JsonGenerator g = utf8(out)) {
            writeError(message, errors, line, g);
        }
    }

    private static JsonGenerator utf8(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // The caller owns the stream: closing the generator only flushes what it buffered.
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static void writeError(String message, List<InputError> errors, Number line, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("error");
        if (line != null) {
            g.writeNumberField("line", line.longValue());
        }
        g.writeStringField("message", message);
        g.writeArrayFieldStart("errors");
        for (InputError e : errors) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("problem", e.problem());
            g.writeStringField("expected", e.expected());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void write(Response response, Phrasebook phrasebook, Language language, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("month", response.month().toString());
        g.writeArrayFieldStart("decisions");
        for (Decision d : response.decisions()) {
            g.writeStartObject();
            g.writeStringField("benefit", d.benefit());
            g.writeStringField("beneficiary", d.beneficiary());
            g.writeStringField("status", d.status().jsonName());
            writeNumberField(g, "amount", d.amount());
            if (d.form() != null) {
                g.writeStringField("form", d.form().jsonName());
            }
            g.writeArrayFieldStart("reasons");
            for (Reason r : d.reasons()) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule());
                g.writeStringField("legalRef", r.legalRef());
                g.writeStringField("text", phrasebook.text(r, language));
                writeLinks(phrasebook.links(r), g);
                g.writeArrayFieldStart("parameters");
                for (ParameterValue p : r.parameters()) {
                    writeParameter(p, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missingInputs");
            for (String missing : d.missingInputs()) {
                g.writeString(missing);
            }
            g.writeEndArray();
            if (!d.details().isEmpty()) {
                g.writeObjectFieldStart("details");
                for (Map.Entry<String, Object> e : d.details().entrySet()) {
                    writeValue(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeNumberField(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeValue(JsonGenerator g, String key, Object value) throws IOException {
        g.writeFieldName(key);
        if (value == null) {
            g.writeNull();
        } else if (value instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof JsonName j) {
            g.writeString(j.jsonName());
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeValue(g, String.valueOf(e.getKey()), e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object v : c) {
                g.writeString(String.valueOf(v));
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }

    /** The Légifrance links of a reason (optional field {@code links}: absent when the table lists none). */
    private static void writeLinks(List<fr.justedroit.LegalLink> links, JsonGenerator g) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        g.writeFieldName("links");
        if (g.getPrettyPrinter() == null) {
            g.writeRawValue(CONSTANT_JSON.of(links, ResponseJson::writeLinkArray));
        } else {
            writeLinkArray(links, g);
        }
    }

    private static void writeLinkArray(List<fr.justedroit.LegalLink> links, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (fr.justedroit.LegalLink l : links) {
            g.writeStartObject();
            g.writeStringField("ref", l.ref());
            g.writeStringField("title", l.title());
            if (l.id() != null) {
                g.writeStringField("id", l.id());
                g.writeStringField("url", l.url());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A cited parameter: the same for every household of its dates, so written once as JSON and then copied. */
    private static void writeParameter(ParameterValue p, JsonGenerator g) throws IOException {
        if (g.getPrettyPrinter() == null) {
            g.writeRawValue(CONSTANT_JSON.of(p, ResponseJson::writeParameterObject));
        } else {
            writeParameterObject(p, g);
        }
    }

    private static void writeParameterObject(ParameterValue p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        writeNumberField(g, "value", p.value());
        g.writeStringField("since", p.since().toString());
        g.writeStringField("source", p.source());
        g.writeEndObject();
    }

    /**
     * The compact JSON of values that come from the rule sets (parameters, links), not from a
     * household: a response carries the same ones again and again, and they are most of its bytes.
     * Bounded, since engines with other rule sets can come and go in a long-running process.
     */
    private static final class ConstantJson {
        private static final int MAX_ENTRIES = 20_000;
        private final Map<Object, String> written = new java.util.concurrent.ConcurrentHashMap<>();

        interface Writer<T> {
            void write(T value, JsonGenerator g) throws IOException;
        }

        <T> String of(T value, Writer<T> writer) throws IOException {
            String json = written.get(value);
            if (json == null) {
                StringWriter text = new StringWriter(256);
                try (JsonGenerator g = FACTORY.createGenerator(text)) {
                    writer.write(value, g);
                }
                json = text.toString();
                if (written.size() < MAX_ENTRIES) {
                    written.putIfAbsent(value, json);
                }
            }
            return json;
        }
    }
}
