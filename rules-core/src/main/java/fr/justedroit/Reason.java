package fr.justedroit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of the reasoning that led to a decision.
 *
 * <p>The sentence is not stored: it is rendered on demand, in French or English, by
 * {@link JusteDroit#text(Reason, Language)} from the message keyed by {@link #key()}.
 *
 * @param rule the name of the rule that made this step, for example {@code rsa.montant_forfaitaire}
 * @param legalRef the legal reference the rule cites, for example {@code CASF art. L262-2}
 * @param key the message key of the sentence (the rule name unless the rule chose another)
 * @param args the named values the sentence shows, in the order the rule gave them
 * @param parameters the dated parameters this step used
 */
public record Reason(String rule, String legalRef, String key, Map<String, Object> args, List<ParameterValue> parameters) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        parameters = List.copyOf(parameters);
    }
}
