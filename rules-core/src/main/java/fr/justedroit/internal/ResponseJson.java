package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.Decision;
import fr.justedroit.InputError;
import fr.justedroit.JsonName;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Response;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes responses (and input errors) as the contract's JSON. */
public final class ResponseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponseJson() {
    }

    /** The response, indented. */
    public static String write(Response response, Phrasebook phrasebook, Language language) {
        return write(PRETTY, tree(response, phrasebook, language));
    }

    /** The response on one line. */
    public static String writeLine(Response response, Phrasebook phrasebook, Language language) {
        return write(MAPPER, tree(response, phrasebook, language));
    }

    /** An error object: {@code {"error": {"message", "errors": [{path, problem, expected}]}}}, on one line. */
    public static String errorLine(String message, List<InputError> errors, Integer line) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        if (line != null) {
            error.put("line", line);
        }
        error.put("message", message);
        ArrayNode list = error.putArray("errors");
        for (InputError e : errors) {
            list.addObject().put("path", e.path()).put("problem", e.problem()).put("expected", e.expected());
        }
        return write(MAPPER, root);
    }

    private static String write(ObjectMapper mapper, ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(Response response, Phrasebook phrasebook, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("month", response.month().toString());
        ArrayNode decisions = root.putArray("decisions");
        for (Decision d : response.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("benefit", d.benefit());
            n.put("beneficiary", d.beneficiary());
            n.put("status", d.status().jsonName());
            n.put("amount", d.amount());
            if (d.form() != null) {
                n.put("form", d.form().jsonName());
            }
            ArrayNode reasons = n.putArray("reasons");
            for (Reason r : d.reasons()) {
                ObjectNode rn = reasons.addObject();
                rn.put("rule", r.rule());
                rn.put("legalRef", r.legalRef());
                rn.put("text", phrasebook.text(r, language));
                List<fr.justedroit.LegalLink> links = phrasebook.links(r);
                if (!links.isEmpty()) {
                    ArrayNode ln = rn.putArray("links");
                    for (fr.justedroit.LegalLink l : links) {
                        ObjectNode one = ln.addObject().put("ref", l.ref()).put("title", l.title());
                        if (l.id() != null) {
                            one.put("id", l.id()).put("url", l.url());
                        }
                    }
                }
                ArrayNode params = rn.putArray("parameters");
                for (ParameterValue p : r.parameters()) {
                    params.addObject().put("id", p.id()).put("value", p.value())
                            .put("since", p.since().toString()).put("source", p.source());
                }
            }
            ArrayNode missing = n.putArray("missingInputs");
            d.missingInputs().forEach(missing::add);
            if (!d.details().isEmpty()) {
                ObjectNode details = n.putObject("details");
                d.details().forEach((k, v) -> putValue(details, k, v));
            }
        }
        return root;
    }

    private static void putValue(ObjectNode node, String key, Object value) {
        if (value == null) {
            node.putNull(key);
        } else if (value instanceof BigDecimal b) {
            node.put(key, b);
        } else if (value instanceof Integer i) {
            node.put(key, i);
        } else if (value instanceof Long l) {
            node.put(key, l);
        } else if (value instanceof Boolean b) {
            node.put(key, b);
        } else if (value instanceof JsonName j) {
            node.put(key, j.jsonName());
        } else if (value instanceof Map<?, ?> m) {
            ObjectNode child = node.putObject(key);
            m.forEach((k, v) -> putValue(child, String.valueOf(k), v));
        } else if (value instanceof Collection<?> c) {
            ArrayNode a = node.putArray(key);
            c.forEach(v -> a.add(String.valueOf(v)));
        } else {
            node.put(key, value.toString());
        }
    }
}
