package fr.justedroit.internal;

import org.kie.api.definition.rule.Rule;

/** What the engine reads from a rule's metadata; the one place that knows how Drools stores it. */
public final class RuleMetadata {

    private RuleMetadata() {
    }

    /** The rule's {@code @legalRef}, or {@code null} when it has none. */
    public static String legalRef(Rule rule) {
        Object metadata = rule.getMetaData().get("legalRef");
        if (metadata == null) {
            return null;
        }
        String ref = metadata.toString();
        // Depending on the compiler, string metadata may keep its quotes.
        if (ref.length() >= 2 && ref.startsWith("\"") && ref.endsWith("\"")) {
            ref = ref.substring(1, ref.length() - 1);
        }
        return ref;
    }
}
