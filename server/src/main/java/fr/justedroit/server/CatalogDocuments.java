package fr.justedroit.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.JusteDroit;
import fr.justedroit.ParameterValue;
import fr.justedroit.RuleInfo;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the loaded rule sets contain, as JSON: written once when the service starts (the engine
 * cannot change while it runs).
 */
final class CatalogDocuments {
    private CatalogDocuments() {
    }

    /** {@code {"rules": [{"name", "ruleSet", "legalRef"}]}}. */
    static String rules(JusteDroit engine) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : engine.catalog().rules()) {
            rules.addObject().put("name", r.name()).put("ruleSet", r.ruleSet()).put("legalRef", r.legalRef());
        }
        return Json.write(root);
    }

    /**
     * {@code {"firstMonth", "lastMonth", "parameters": [{"id", "file", "values": [{"since", "value", "source"}]}]}}:
     * each parameter's dated timeline; a {@code null} value is a parameter that no longer applies from that date.
     */
    static String parameters(JusteDroit engine) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("firstMonth", engine.catalog().firstMonth().toString());
        root.put("lastMonth", engine.catalog().lastMonth().toString());
        ArrayNode parameters = root.putArray("parameters");
        for (Map.Entry<String, Map<LocalDate, ParameterValue>> p : engine.catalog().parameterTimelines().entrySet()) {
            ObjectNode param = parameters.addObject();
            param.put("id", p.getKey());
            param.put("file", engine.catalog().parameterFile(p.getKey()));
            ArrayNode values = param.putArray("values");
            p.getValue().forEach((since, v) -> {
                ObjectNode value = values.addObject().put("since", since.toString());
                if (v == null) {
                    value.putNull("value");
                } else {
                    value.put("value", v.value()).put("source", v.source());
                }
            });
        }
        return Json.write(root);
    }

    /** {@code {"status": "up", "rules": N, "firstMonth", "lastMonth"}}. */
    static String health(JusteDroit engine) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("status", "up");
        root.put("rules", engine.catalog().rules().size());
        root.put("firstMonth", engine.catalog().firstMonth().toString());
        root.put("lastMonth", engine.catalog().lastMonth().toString());
        return Json.write(root);
    }
}
