package fr.justedroit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The service's OpenAPI 3.1 document: the paths of {@code openapi-template.json} with the library's
 * published JSON Schemas ({@code justedroit/contract/*.schema.json}) embedded as components, read
 * from the class path when the service starts, so that the document cannot drift from the contract.
 *
 * <p>Each schema's {@code $defs} become components of their own ({@code Request_household}, ...) and
 * their {@code #/$defs/...} references are rewritten to point at them: the document is then one
 * resource that every OpenAPI tool resolves, without relying on embedded {@code $id}s.
 */
final class OpenApiDocument {
    static final String TEMPLATE = "justedroit/server/openapi-template.json";
    static final Map<String, String> SCHEMAS = Map.of(
            "Request", "justedroit/contract/request.schema.json",
            "Response", "justedroit/contract/response.schema.json");

    private OpenApiDocument() {
    }

    static String write() {
        return Json.write(build());
    }

    static ObjectNode build() {
        ObjectNode doc = (ObjectNode) Json.resource(TEMPLATE);
        ObjectNode components = (ObjectNode) doc.get("components").get("schemas");
        SCHEMAS.forEach((name, path) -> embed(components, name, (ObjectNode) Json.resource(path)));
        return doc;
    }

    private static void embed(ObjectNode components, String name, ObjectNode schema) {
        schema.remove("$schema"); // OpenAPI 3.1's default dialect is JSON Schema 2020-12, the one these are written in
        schema.remove("$id");
        JsonNode defs = schema.remove("$defs");
        rewriteRefs(schema, name);
        components.set(name, schema);
        if (defs != null) {
            defs.fields().forEachRemaining(d -> {
                rewriteRefs(d.getValue(), name);
                components.set(name + "_" + d.getKey(), d.getValue());
            });
        }
    }

    private static void rewriteRefs(JsonNode node, String name) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                object.put("$ref", "#/components/schemas/" + name + "_" + ref.asText().substring("#/$defs/".length()));
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                rewriteRefs(it.next(), name);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> rewriteRefs(n, name));
        }
    }
}
