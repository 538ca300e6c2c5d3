package fr.justedroit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a valid request: of types, values and structure on its tree, then of its text
 * (JSON or YAML) and of its bytes. The same seed gives the same mutants.
 */
final class Mutator {
    /** One mutant: its text (or bytes, when an encoding was broken), its format, what was done. */
    record Mutant(String text, byte[] bytes, boolean yaml, String what) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", " ", "2025-02-30", "2025-13", "2025-06-31", "0000-00", "9999-12", "1900-01-01",
        "yes", "no", "null", "true", "1e9", "-1", "NaN", "applicant", "child", "pension", "\u0000", "a\nb", "\u001b[2J", "é",
        "x".repeat(70), "alice", "🙂", "2024-02-29", "2023-02-29", "  alice ", "\uFEFF", "${x}", "%s", "\"", "\\"};
    private static final String[] NUMBERS = {"0", "-1", "-0.0", "1e400", "1e-400", "1E30", "9999999999999999999999", "0.001",
        "100", "101", "2100", "1899", "3.5", "10000000", "0.1e1", "-1e-7", "123456789.123456789"};
    private static final String[] NAMES = {"month", "household", "persons", "id", "role", "birthDate", "incomes", "amount", "type",
        "housing", "violenceAid", "victim", "x", "Month", "handicap", "aah", "disability", "a b", "\n", "year", "pregnant"};

    private final SplittableRandom r;

    Mutator(long seed) {
        this.r = new SplittableRandom(seed);
    }

    Mutant mutate(JsonNode valid) {
        JsonNode tree = valid.deepCopy();
        // One mutant in eight keeps its tree: only its form changes (YAML, text, bytes), so that
        // valid requests reach the engine too.
        int steps = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(3);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            tree = mutateTree(tree, what);
        }
        boolean yaml = r.nextInt(4) == 0;
        String text;
        try {
            text = yaml ? YAML.writeValueAsString(tree) : JSON.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int kind = r.nextInt(10);
        if (kind == 0) {
            return new Mutant(mutateText(text, what), null, yaml, what.toString());
        }
        if (kind == 1) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                int at = r.nextInt(bytes.length);
                bytes[at] = (byte) (0x80 + r.nextInt(0x80));
                what.append(" byte ").append(at).append(" broken;");
            }
            return new Mutant(null, bytes, yaml, what.toString());
        }
        return new Mutant(text, null, yaml, what.toString());
    }

    private JsonNode mutateTree(JsonNode root, StringBuilder what) {
        List<JsonNode> parents = new ArrayList<>();
        collect(root, parents);
        if (parents.isEmpty()) {
            return root;
        }
        JsonNode parent = parents.get(r.nextInt(parents.size()));
        if (parent instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int op = r.nextInt(8);
            if (names.isEmpty() || op == 0) {
                String name = NAMES[r.nextInt(NAMES.length)];
                o.set(name, value());
                what.append(" set ").append(name).append(';');
            } else {
                String name = names.get(r.nextInt(names.size()));
                switch (op) {
                    case 1 -> o.remove(name);
                    case 2 -> o.putNull(name);
                    case 3 -> o.set(name + (r.nextBoolean() ? "s" : "_"), o.remove(name));
                    case 4 -> o.set(name, F.arrayNode().add(o.get(name)));
                    default -> o.set(name, value());
                }
                what.append(" op ").append(op).append(" on ").append(name).append(';');
            }
        } else if (parent instanceof ArrayNode a) {
            int op = r.nextInt(5);
            if (a.isEmpty() || op == 0) {
                a.add(value());
            } else if (op == 1) {
                a.remove(r.nextInt(a.size()));
            } else if (op == 2) {
                a.add(a.get(r.nextInt(a.size())).deepCopy());
            } else if (op == 3) {
                a.removeAll();
            } else {
                a.set(r.nextInt(a.size()), value());
            }
            what.append(" array op ").append(op).append(';');
        }
        if (r.nextInt(40) == 0) {
            what.append(" root replaced;");
            return r.nextBoolean() ? F.arrayNode().add(root) : value();
        }
        return root;
    }

    private void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), containers);
            }
        }
    }

    private JsonNode value() {
        return switch (r.nextInt(8)) {
            case 0 -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
            case 1 -> F.numberNode(new BigDecimal(NUMBERS[r.nextInt(NUMBERS.length)]));
            case 2 -> F.booleanNode(r.nextBoolean());
            case 3 -> F.nullNode();
            case 4 -> F.objectNode().put(NAMES[r.nextInt(NAMES.length)], STRINGS[r.nextInt(STRINGS.length)]);
            case 5 -> F.arrayNode().add(r.nextInt(3) - 1);
            case 6 -> F.numberNode(r.nextInt(200) - 50);
            default -> F.textNode(String.valueOf(r.nextInt(3000)));
        };
    }

    private String mutateText(String text, StringBuilder what) {
        if (text.isEmpty()) {
            return text;
        }
        int at = r.nextInt(text.length());
        String[] bits = {"{", "}", "[", "]", ",", ":", "\"", "'", "\n", "\t", "#", "&a", "*a", "- ", "\uFEFF", "\u0000", "\\", "!!", "---\n"};
        return switch (r.nextInt(6)) {
            case 0 -> {
                what.append(" cut at ").append(at).append(';');
                yield text.substring(0, at);
            }
            case 1 -> {
                what.append(" inserted at ").append(at).append(';');
                yield text.substring(0, at) + bits[r.nextInt(bits.length)] + text.substring(at);
            }
            case 2 -> {
                what.append(" deleted at ").append(at).append(';');
                yield text.substring(0, at) + text.substring(at + 1);
            }
            case 3 -> {
                what.append(" garbage appended;");
                yield text + "\n" + bits[r.nextInt(bits.length)] + "x";
            }
            case 4 -> {
                what.append(" byte-order mark;");
                yield "\uFEFF" + text;
            }
            default -> {
                what.append(" doubled;");
                yield text + text;
            }
        };
    }
}
