package fr.justedroit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import fr.justedroit.internal.RequestMapping;
import fr.justedroit.internal.SchemaValidator;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The verdicts of the published schema and of the mapping on one text, and whether they agree.
 *
 * <p>They agree when both accept, or both refuse with errors at the same paths. The mapping alone
 * refuses what JSON Schema cannot say (reported as {@link #BEYOND_SCHEMA}): a date that matches
 * YYYY-MM-DD but does not exist, a number no amount can be (an exponent beyond 30, not finite), and
 * text the parser refuses before there is any JSON instance (syntax, duplicate keys, size and depth
 * limits), which the schema cannot be asked about.
 */
record SchemaAgreement(String text, boolean parsed, Set<String> schemaPaths, Set<String> mappingPaths,
        Set<String> beyondSchemaPaths) {
    /** The month given to requests without one, as the command line's --month does. */
    static final YearMonth DEFAULT_MONTH = YearMonth.of(2025, 6);
    static final List<String> BEYOND_SCHEMA = List.of("is not a calendar date", "out of any plausible range", "is not finite");

    static SchemaAgreement of(String text, boolean yaml, RequestLimits limits) {
        JsonNode tree;
        try {
            tree = yaml ? RequestMapping.parseYaml(text) : RequestMapping.parseJson(text, limits);
        } catch (InvalidRequestException e) {
            tree = null;
        }
        Set<String> schema = tree == null ? Set.of()
                : SchemaValidator.validate(tree, "").stream().map(e -> e.path().isEmpty() ? "(request)" : e.path()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mapping = new TreeSet<>();
        Set<String> beyond = new TreeSet<>();
        try {
            if (yaml) {
                Requests.fromYaml(text, DEFAULT_MONTH, limits);
            } else {
                Requests.fromJson(text, DEFAULT_MONTH, limits);
            }
        } catch (InvalidRequestException e) {
            for (InputError error : e.errors()) {
                (BEYOND_SCHEMA.stream().anyMatch(error.problem()::contains) ? beyond : mapping).add(error.path());
            }
            if (mapping.isEmpty() && beyond.isEmpty()) {
                mapping.add("(request)");
            }
        }
        return new SchemaAgreement(text, tree != null, schema, mapping, beyond);
    }

    /** Whether the schema and the mapping give the same verdict, at the same paths. */
    boolean agree() {
        if (!parsed) {
            return !mappingPaths.isEmpty() || !beyondSchemaPaths.isEmpty();
        }
        return schemaPaths.equals(mappingPaths);
    }

    boolean mappingAccepts() {
        return mappingPaths.isEmpty() && beyondSchemaPaths.isEmpty();
    }

    @Override
    public String toString() {
        return "schema refuses at " + schemaPaths + ", mapping at " + mappingPaths + " (beyond the schema: " + beyondSchemaPaths
                + ")" + (parsed ? "" : ", not JSON") + " for:\n" + text;
    }
}
