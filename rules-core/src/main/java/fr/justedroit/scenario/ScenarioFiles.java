package fr.justedroit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.AidForm;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JsonName;
import fr.justedroit.Request;
import fr.justedroit.JusteDroit;
import fr.justedroit.RuleInfo;
import fr.justedroit.internal.RequestChecks;
import fr.justedroit.internal.RequestMapping;
import fr.justedroit.internal.Utf8Text;
import fr.justedroit.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads scenario files (YAML):
 *
 * <pre>
 * households:                      # optional: named households, reused by several scenarios
 *   alone:
 *     persons: [{id: a, role: applicant, birthDate: 1980-01-01}]
 *     housing: {status: tenant, housingAid: true}
 * scenarios:
 *   - name: R1, single, no income, June 2025
 *     month: 2025-06
 *     household: alone               # a name from households, or a household written in place
 *     source: CASF art. R262-1       # where the expected figures come from
 *     expect:
 *       - benefit: rsa               # beneficiary: household by default
 *         status: eligible
 *         amount: 568.94             # tolerance: 0 by default
 *         reasons: [rsa.forfait_logement.aide_au_logement]
 * </pre>
 */
public final class ScenarioFiles {
    private static final Set<String> FILE_FIELDS = Set.of("households", "scenarios", "notes");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "month", "household", "violenceAid", "source", "notes", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("benefit", "beneficiary", "status", "amount", "tolerance", "form",
            "reasons", "missingInputs");

    private ScenarioFiles() {
    }

    /** Every scenario file ({@code *.yaml}, {@code *.yml}) under the paths, files or folders, sorted. */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .filter(f -> !f.getFileName().toString().startsWith("parameters"))
                            .filter(f -> !f.getFileName().toString().equals(fr.justedroit.internal.LegalTexts.FILE_NAME))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * What a file is checked against besides the contract: the law window of the engine (the months
     * its parameters are known for) and its benefits; {@code null} for the contract alone.
     */
    private record Engine(YearMonth firstMonth, YearMonth lastMonth, Set<String> benefits) {
        static final Engine NONE = new Engine(YearMonth.of(Year.MIN_VALUE, 1), YearMonth.of(Year.MAX_VALUE, 12), null);

        static Engine of(JusteDroit engine) {
            Set<String> benefits = new TreeSet<>();
            for (RuleInfo r : engine.catalog().rules()) {
                int dot = r.name().indexOf('.');
                if (dot > 0 && !r.name().startsWith("common.")) {
                    benefits.add(r.name().substring(0, dot));
                }
            }
            return new Engine(engine.catalog().firstMonth(), engine.catalog().lastMonth(), benefits);
        }
    }

    /**
     * Reads one scenario file; a malformed file fails whole, naming each error's path. A request
     * that breaks the contract (a field of the wrong type, a birth after the month, two applicants...)
     * makes the file malformed, with the path in the file.
     */
    public static List<Scenario> read(Path file) {
        return read(file, Engine.NONE);
    }

    /**
     * Reads one scenario file to run on {@code engine}: besides the contract, every month must be one
     * the engine knows the law for, and every expected benefit one of its rule sets decides.
     */
    public static List<Scenario> read(Path file, JusteDroit engine) {
        return read(file, Engine.of(engine));
    }

    private static List<Scenario> read(Path file, Engine engine) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file), "(file)");
        } catch (InvalidRequestException e) {
            throw new ScenarioFileException(file.toString(), e.errors());
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), List.of(new InputError("(file)", "cannot be read"
                    + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : ""), "a readable YAML file")));
        }
        return parse(file.toString(), text, engine);
    }

    /** Reads scenario text; {@code name} names the file in errors and reports. */
    public static List<Scenario> parse(String name, String text) {
        return parse(name, text, Engine.NONE);
    }

    private static List<Scenario> parse(String name, String text, Engine engine) {
        JsonNode root;
        try {
            root = RequestMapping.parseYaml(text);
        } catch (InvalidRequestException e) {
            throw new ScenarioFileException(name, e.errors().stream()
                    .map(err -> new InputError("(file)", err.problem(), "a YAML scenario file: households and scenarios"))
                    .toList());
        }
        List<InputError> errors = new ArrayList<>();
        unknownFields(root, "", FILE_FIELDS, errors);
        JsonNode households = root.path("households");
        JsonNode list = root.get("scenarios");
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new InputError("scenarios", "missing or empty", "a list of scenarios"));
            throw new ScenarioFileException(name, errors);
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Scenario s = scenario(name, i, list.get(i), households, engine, errors);
            if (s != null && !names.add(s.name())) {
                errors.add(new InputError("scenarios[" + i + "].name", "the name '" + s.name() + "' is used twice", "a name unique within the file"));
            }
            if (s != null) {
                scenarios.add(s);
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioFileException(name, errors);
        }
        return scenarios;
    }

    private static Scenario scenario(String file, int i, JsonNode node, JsonNode households, Engine engine, List<InputError> errors) {
        String path = "scenarios[" + i + "]";
        if (!node.isObject()) {
            errors.add(new InputError(path, "not a map", "a scenario with name, month, household, source and expect"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, path, SCENARIO_FIELDS, errors);
        String name = required(node, path, "name", errors);
        String source = required(node, path, "source", errors);
        String monthText = required(node, path, "month", errors);
        YearMonth month = null;
        try {
            month = monthText == null ? null : YearMonth.parse(monthText);
        } catch (DateTimeParseException e) {
            errors.add(new InputError(path + ".month", "'" + monthText + "' is not a month", "YYYY-MM"));
        }
        JsonNode household = node.get("household");
        String householdPath = path + ".household";
        if (household != null && household.isTextual()) {
            String ref = household.asText();
            householdPath = "households." + ref;
            household = households.get(ref);
            if (household == null) {
                errors.add(new InputError(path + ".household", "no household is named '" + ref + "'", "a name defined under households"));
            }
        } else if (household == null) {
            errors.add(new InputError(path + ".household", "missing", "a household, or the name of one defined under households"));
        }
        List<Expectation> expectations = expectations(node.get("expect"), path + ".expect", engine, errors);
        Request request = null;
        if (household != null && month != null) {
            ObjectNode req = JsonNodeFactory.instance.objectNode();
            req.put("month", month.toString());
            req.set("household", household);
            if (node.hasNonNull("violenceAid")) {
                req.set("violenceAid", node.get("violenceAid"));
            }
            List<InputError> requestErrors;
            try {
                request = RequestMapping.fromTree(req, "", null);
                requestErrors = RequestChecks.check(request, engine.firstMonth(), engine.lastMonth());
            } catch (InvalidRequestException e) {
                requestErrors = e.errors();
            }
            for (InputError err : requestErrors) {
                String p = err.path().startsWith("household") ? householdPath + err.path().substring("household".length())
                        : err.path().equals("(request)") ? path : path + "." + err.path();
                errors.add(new InputError(p, err.problem(), err.expected()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        JsonNode notes = node.get("notes");
        return new Scenario(file, i, name, request, expectations, source, notes == null ? null : notes.asText());
    }

    private static List<Expectation> expectations(JsonNode list, String path, Engine engine, List<InputError> errors) {
        List<Expectation> result = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new InputError(path, "missing or empty", "a list of expected decisions"));
            return result;
        }
        for (int j = 0; j < list.size(); j++) {
            JsonNode e = list.get(j);
            String p = path + "[" + j + "]";
            unknownFields(e, p, EXPECT_FIELDS, errors);
            String benefit = required(e, p, "benefit", errors);
            if (benefit != null && engine.benefits() != null && !engine.benefits().contains(benefit)) {
                errors.add(new InputError(p + ".benefit", "'" + benefit + "' is not a benefit of the rule sets",
                        "one of " + String.join(", ", engine.benefits())));
            }
            String beneficiary = e.hasNonNull("beneficiary") ? e.get("beneficiary").asText() : "household";
            Status status = null;
            if (e.hasNonNull("status")) {
                status = JsonName.parse(Status.class, e.get("status").asText());
                if (status == null) {
                    errors.add(new InputError(p + ".status", "'" + e.get("status").asText() + "' is not a status", "one of " + JsonName.choices(Status.class)));
                }
            }
            AidForm form = null;
            if (e.hasNonNull("form")) {
                form = JsonName.parse(AidForm.class, e.get("form").asText());
                if (form == null) {
                    errors.add(new InputError(p + ".form", "'" + e.get("form").asText() + "' is not a form", "one of " + JsonName.choices(AidForm.class)));
                }
            }
            BigDecimal amount = decimal(e, p, "amount", errors);
            BigDecimal tolerance = decimal(e, p, "tolerance", errors);
            result.add(new Expectation(benefit, beneficiary, status, amount, tolerance, form,
                    strings(e.get("reasons"), p + ".reasons", errors), strings(e.get("missingInputs"), p + ".missingInputs", errors)));
        }
        return result;
    }

    private static BigDecimal decimal(JsonNode node, String path, String field, List<InputError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            errors.add(new InputError(path + "." + field, "'" + v.asText() + "' is not a number", "an amount in euros"));
            return null;
        }
        return v.decimalValue();
    }

    private static List<String> strings(JsonNode list, String path, List<InputError> errors) {
        List<String> values = new ArrayList<>();
        if (list == null || list.isNull()) {
            return values;
        }
        if (!list.isArray()) {
            errors.add(new InputError(path, "not a list", "a list of texts"));
            return values;
        }
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String required(JsonNode node, String path, String field, List<InputError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            errors.add(new InputError(path + "." + field, "missing", "the scenario's " + field));
            return null;
        }
        return v.asText();
    }

    private static void unknownFields(JsonNode node, String path, Set<String> allowed, List<InputError> errors) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                errors.add(new InputError(path.isEmpty() ? f : path + "." + f, "unknown field", "one of " + new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
