package fr.justedroit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.justedroit.internal.SchemaValidator;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads requests in the contract's format (JSON, or YAML with the same structure).
 *
 * <p>Every input is validated against the published JSON Schema, then read into records. Amounts are
 * read as exact decimals. Whatever is wrong is reported as {@link InputError}s naming the field by
 * its path, never as a parser's stack trace.
 */
public final class Requests {
    /** Default largest request accepted, in characters (1 MiB); see {@link RequestLimits}. */
    public static final int DEFAULT_MAX_CHARS = RequestLimits.DEFAULT_MAX_CHARS;
    /** Default deepest nesting accepted; see {@link RequestLimits}. */
    public static final int MAX_DEPTH = RequestLimits.DEFAULT_MAX_DEPTH;
    /** Longest number accepted, in characters (an amount needs far fewer). */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Largest exponent accepted in a number: beyond it, no amount or rate of the contract can be meant. */
    static final int MAX_EXPONENT = 30;

    private static final Map<RequestLimits, Mappers> MAPPERS = new ConcurrentHashMap<>();

    /** The JSON and YAML readers of one set of limits. */
    private record Mappers(ObjectMapper json, ObjectMapper yaml) {
        static Mappers of(RequestLimits limits) {
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth()).maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(limits.maxChars()).maxDocumentLength(limits.maxChars()).build();
            LoaderOptions yamlOptions = new LoaderOptions();
            yamlOptions.setCodePointLimit(Math.max(limits.maxChars(), 1024));
            yamlOptions.setNestingDepthLimit(limits.maxDepth());
            yamlOptions.setMaxAliasesForCollections(20);
            yamlOptions.setAllowDuplicateKeys(false);
            return new Mappers(
                    configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build()),
                    configure(new YAMLMapper(YAMLFactory.builder().streamReadConstraints(constraints)
                            .loaderOptions(yamlOptions).build())));
        }
    }

    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final ObjectMapper PRETTY_WRITER = WRITER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Requests() {
    }

    /**
     * The request as the contract's JSON, indented: what {@link #fromJson(String)} reads back into an
     * equal request. Absent values (null, {@code pregnant: false}, no incomes) are left out.
     */
    public static String toJson(Request request) {
        return write(PRETTY_WRITER, request);
    }

    /** The request as the contract's JSON on one line (for JSON Lines files). */
    public static String toJsonLine(Request request) {
        return write(WRITER, request);
    }

    private static String write(ObjectMapper mapper, Request request) {
        try {
            return mapper.writeValueAsString(tree(request));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(Request request) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("month", request.month().toString());
        Household h = request.household();
        ObjectNode household = root.putObject("household");
        ArrayNode persons = household.putArray("persons");
        for (Person p : h.persons()) {
            ObjectNode person = persons.addObject();
            person.put("id", p.id());
            person.put("role", p.role().jsonName());
            person.put("birthDate", p.birthDate().toString());
            if (p.activity() != null) {
                person.put("activity", p.activity().jsonName());
            }
            if (p.pregnant()) {
                person.put("pregnant", true);
            }
            if (p.disability() != null) {
                ObjectNode d = person.putObject("disability");
                if (p.disability().incapacityRate() != null) {
                    d.put("incapacityRate", p.disability().incapacityRate());
                }
                if (p.disability().employmentRestriction() != null) {
                    d.put("employmentRestriction", p.disability().employmentRestriction());
                }
            }
            if (p.aah() != null) {
                ObjectNode a = person.putObject("aah");
                a.put("receivingSince", p.aah().receivingSince() == null ? null : p.aah().receivingSince().toString());
                a.put("individualisedSince", p.aah().individualisedSince() == null ? null : p.aah().individualisedSince().toString());
            }
            if (!p.incomes().isEmpty()) {
                ArrayNode incomes = person.putArray("incomes");
                for (Income i : p.incomes()) {
                    ObjectNode in = incomes.addObject();
                    in.put("type", i.type().jsonName());
                    if (i.month() != null) {
                        in.put("month", i.month().toString());
                    }
                    if (i.year() != null) {
                        in.put("year", i.year());
                    }
                    in.put("amount", i.amount());
                }
            }
        }
        if (h.housing() != null) {
            ObjectNode housing = household.putObject("housing");
            housing.put("status", h.housing().status().jsonName());
            housing.put("housingAid", h.housing().housingAid());
            if (h.housing().housingAidAmount() != null) {
                housing.put("housingAidAmount", h.housing().housingAidAmount());
            }
        }
        if (h.singleParentSince() != null) {
            household.put("singleParentSince", h.singleParentSince().toString());
        }
        ViolenceAidClaim v = request.violenceAid();
        if (v != null) {
            ObjectNode claim = root.putObject("violenceAid");
            claim.put("victim", v.victim());
            if (v.proof() != null) {
                claim.put("proof", v.proof().jsonName());
            }
            putDate(claim, "proofDate", v.proofDate());
            putDate(claim, "applicationDate", v.applicationDate());
            putDate(claim, "lastAidDate", v.lastAidDate());
        }
        return root;
    }

    private static void putDate(ObjectNode node, String name, LocalDate date) {
        if (date != null) {
            node.put(name, date.toString());
        }
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        // Keep amounts exactly as written: 140.00 stays 140.00, not 1.4E+2.
        mapper.configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private static Mappers mappers(RequestLimits limits) {
        return MAPPERS.computeIfAbsent(Objects.requireNonNull(limits, "limits"), Mappers::of);
    }

    /** Reads one JSON request; its {@code month} is required. */
    public static Request fromJson(String json) {
        return fromJson(json, null);
    }

    /** Reads one JSON request; {@code defaultMonth} (may be null) applies when it has no month. */
    public static Request fromJson(String json, YearMonth defaultMonth) {
        return fromJson(json, defaultMonth, RequestLimits.DEFAULT);
    }

    /** Reads one JSON request under the given size and depth limits. */
    public static Request fromJson(String json, YearMonth defaultMonth, RequestLimits limits) {
        return fromTree(parse(mappers(limits).json(), json, "JSON", limits), "", defaultMonth);
    }

    /** Reads one YAML request with the contract's structure. */
    public static Request fromYaml(String yaml, YearMonth defaultMonth) {
        return fromYaml(yaml, defaultMonth, RequestLimits.DEFAULT);
    }

    /** Reads one YAML request under the given size and depth limits. */
    public static Request fromYaml(String yaml, YearMonth defaultMonth, RequestLimits limits) {
        return fromTree(parse(mappers(limits).yaml(), yaml, "YAML", limits), "", defaultMonth);
    }

    /** Parses JSON text into a tree, with the default size and depth limits. */
    public static JsonNode parseJson(String json) {
        return parseJson(json, RequestLimits.DEFAULT);
    }

    /** Parses JSON text into a tree, with the given size and depth limits. */
    public static JsonNode parseJson(String json, RequestLimits limits) {
        return parse(mappers(limits).json(), json, "JSON", limits);
    }

    /** Parses YAML text into a tree, with the default size and depth limits. */
    public static JsonNode parseYaml(String yaml) {
        return parseYaml(yaml, RequestLimits.DEFAULT);
    }

    /** Parses YAML text into a tree, with the given size and depth limits. */
    public static JsonNode parseYaml(String yaml, RequestLimits limits) {
        return parse(mappers(limits).yaml(), yaml, "YAML", limits);
    }

    private static JsonNode parse(ObjectMapper mapper, String text, String format, RequestLimits limits) {
        Objects.requireNonNull(text, "text");
        if (text.length() > limits.maxChars()) {
            throw new InvalidRequestException(new InputError("(request)", "the request has " + text.length() + " characters",
                    "at most " + limits.maxChars() + " characters (the configured size limit)"));
        }
        try {
            if (mapper.getFactory() instanceof YAMLFactory) {
                refuseAliases(mapper, text);
            }
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new InvalidRequestException(new InputError("(request)", "the request is empty", "a " + format + " object"));
            }
            if (!node.isObject()) {
                throw new InvalidRequestException(new InputError("(request)", "the request is " + kind(node) + ", not an object",
                        "a " + format + " object with month, household and optionally violenceAid"));
            }
            checkNumbers(node, "", new ArrayList<>());
            return node;
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException(limitError(e.getOriginalMessage(), limits));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidRequestException(new InputError("(request)", "not valid " + format + where + ": " + readable(e.getOriginalMessage()),
                    "a " + format + " object in the contract's format"));
        } catch (java.io.IOException e) {
            throw new InvalidRequestException(new InputError("(request)", "not valid " + format + ": " + readable(e.getMessage()),
                    "a " + format + " object in the contract's format"));
        } catch (RuntimeException e) {
            if (e instanceof InvalidRequestException ire) {
                throw ire;
            }
            // SnakeYAML reports some limits (aliases, code points, depth) with its own exceptions.
            throw new InvalidRequestException(new InputError("(request)", "not valid " + format + ": " + readable(e.getMessage()),
                    "a " + format + " object in the contract's format, within the size and depth limits"));
        }
    }

    /** A parser's message for people: no option names, class names or source descriptions. */
    static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        if (message.startsWith("Trailing token")) {
            return "more content after the end of the request";
        }
        String m = message.strip();
        // SnakeYAML: "while parsing X\n in 'reader', line 3...\nexpected Y, but found Z\n in ..." -> "while parsing X: expected Y, but found Z"
        // (the lines under "in 'reader', line L, column C:" quote the input, down to a "^" marker).
        List<String> lines = new ArrayList<>();
        boolean quoting = false;
        for (String line : m.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("in 'reader'")) {
                quoting = true;
                continue;
            }
            if (quoting) {
                quoting = !l.matches("\\^+");
                continue;
            }
            if (!l.isEmpty() && !l.startsWith("at [Source")) {
                lines.add(l);
            }
        }
        m = String.join(": ", lines);
        m = m.replaceAll(" \\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", " (opened at line $1, column $2)");
        m = m.replaceAll(": enable `[^`]*` to allow", "");
        m = m.replaceAll(" \\(for \\w+ starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", " (opened at line $1, column $2)");
        m = m.replaceAll(", from `[^`]*`", "");
        m = m.replaceAll("`", "'");
        return m.length() > 300 ? m.substring(0, 297) + "..." : m;
    }

    private static InputError limitError(String message, RequestLimits limits) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return new InputError("(request)", "nested deeper than " + limits.maxDepth() + " levels",
                    "at most " + limits.maxDepth() + " levels of nesting (the configured depth limit; a request needs "
                            + RequestLimits.MIN_DEPTH + ")");
        }
        if (m.contains("Number value length")) {
            return new InputError("(request)", "a number longer than " + MAX_NUMBER_LENGTH + " characters",
                    "amounts in euros, such as 1450.00");
        }
        if (m.contains("String value length") || m.contains("Document length")) {
            return new InputError("(request)", "longer than " + limits.maxChars() + " characters",
                    "at most " + limits.maxChars() + " characters (the configured size limit)");
        }
        return new InputError("(request)", "not read: " + readable(m), "a request within the configured limits");
    }

    /**
     * YAML aliases ({@code *name}) are refused: the reader would take an alias for the text of its
     * name, silently, and a request has no use for them.
     */
    private static void refuseAliases(ObjectMapper mapper, String text) throws java.io.IOException {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    throw new InvalidRequestException(new InputError("(request)",
                            "a YAML alias (*" + yp.getText() + ") at line " + p.currentLocation().getLineNr(),
                            "every value written out (aliases and anchors are not accepted in a request)"));
                }
            }
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isTextual() ? "a text" : node.isNumber() ? "a number"
                : node.isBoolean() ? "a boolean" : "not an object";
    }

    /**
     * Refuses numbers whose exponent no amount can have ({@code 1e999999999}): they would pass a
     * "minimum 0" check, and writing one out in full (to say it is too large) would take gigabytes.
     */
    private static void checkNumbers(JsonNode node, String path, List<InputError> errors) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> checkNumbers(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), errors));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                errors.add(new InputError(path, "the number " + node.asText() + " is not finite", "an amount in euros, such as 1450.00"));
                return;
            }
            BigDecimal d = node.decimalValue();
            int magnitude = d.precision() - d.scale();
            if (magnitude > MAX_EXPONENT || d.scale() > MAX_NUMBER_LENGTH) {
                errors.add(new InputError(path, "the number " + node.asText().toLowerCase(Locale.ROOT) + " is out of any plausible range",
                        "an amount in euros written out, such as 1450.00"));
            }
        }
        if (path.isEmpty() && !errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /**
     * Reads a request from a tree, naming fields under {@code basePath} (for requests embedded in a
     * larger file, such as a scenario).
     */
    public static Request fromTree(JsonNode node, String basePath, YearMonth defaultMonth) {
        List<InputError> errors = new ArrayList<>(SchemaValidator.validate(node, basePath));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Reader r = new Reader(basePath, errors);
        YearMonth month = node.hasNonNull("month") ? r.month(node.get("month"), "month") : defaultMonth;
        if (month == null) {
            errors.add(new InputError(r.at("month"), "missing", "the benefit month, YYYY-MM (or --month on the command line)"));
        }
        Household household = r.household(node.get("household"));
        ViolenceAidClaim claim = node.hasNonNull("violenceAid") ? r.violenceAid(node.get("violenceAid")) : null;
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Request(month, household, claim);
    }

    /** Turns a schema-valid tree into records; only values the schema cannot check are reported here. */
    private static final class Reader {
        private final String base;
        private final List<InputError> errors;

        Reader(String base, List<InputError> errors) {
            this.base = base;
            this.errors = errors;
        }

        String at(String path) {
            return base.isEmpty() ? path : base + "." + path;
        }

        Household household(JsonNode h) {
            List<Person> persons = new ArrayList<>();
            JsonNode ps = h.get("persons");
            for (int i = 0; i < ps.size(); i++) {
                persons.add(person(ps.get(i), "household.persons[" + i + "]"));
            }
            Housing housing = null;
            if (h.hasNonNull("housing")) {
                JsonNode hs = h.get("housing");
                housing = new Housing(JsonName.parse(HousingStatus.class, hs.get("status").asText()),
                        hs.path("housingAid").asBoolean(false),
                        hs.hasNonNull("housingAidAmount") ? hs.get("housingAidAmount").decimalValue() : null);
            }
            LocalDate singleParentSince = date(h.get("singleParentSince"), "household.singleParentSince");
            return new Household(persons, housing, singleParentSince);
        }

        Person person(JsonNode p, String path) {
            Disability disability = null;
            if (p.hasNonNull("disability")) {
                JsonNode d = p.get("disability");
                disability = new Disability(d.hasNonNull("incapacityRate") ? d.get("incapacityRate").intValue() : null,
                        d.hasNonNull("employmentRestriction") ? d.get("employmentRestriction").booleanValue() : null);
            }
            AahHistory aah = null;
            if (p.hasNonNull("aah")) {
                JsonNode a = p.get("aah");
                aah = new AahHistory(date(a.get("receivingSince"), path + ".aah.receivingSince"),
                        a.hasNonNull("individualisedSince") ? month(a.get("individualisedSince"), path + ".aah.individualisedSince") : null);
            }
            List<Income> incomes = new ArrayList<>();
            JsonNode in = p.path("incomes");
            for (int j = 0; j < in.size(); j++) {
                JsonNode i = in.get(j);
                String ipath = path + ".incomes[" + j + "]";
                IncomeType type = JsonName.parse(IncomeType.class, i.get("type").asText());
                YearMonth month = i.hasNonNull("month") ? month(i.get("month"), ipath + ".month") : null;
                Integer year = i.hasNonNull("year") ? i.get("year").intValue() : null;
                BigDecimal amount = i.get("amount").decimalValue();
                incomes.add(new Income(type, month, year, amount));
            }
            LocalDate birth = date(p.get("birthDate"), path + ".birthDate");
            Activity activity = p.hasNonNull("activity") ? JsonName.parse(Activity.class, p.get("activity").asText()) : null;
            return new Person(p.get("id").asText(), JsonName.parse(Role.class, p.get("role").asText()),
                    birth == null ? LocalDate.MIN : birth, activity, p.path("pregnant").asBoolean(false), disability, aah, incomes);
        }

        ViolenceAidClaim violenceAid(JsonNode v) {
            return new ViolenceAidClaim(v.get("victim").asText(),
                    v.hasNonNull("proof") ? JsonName.parse(Proof.class, v.get("proof").asText()) : null,
                    date(v.get("proofDate"), "violenceAid.proofDate"),
                    date(v.get("applicationDate"), "violenceAid.applicationDate"),
                    date(v.get("lastAidDate"), "violenceAid.lastAidDate"));
        }

        LocalDate date(JsonNode n, String path) {
            if (n == null || n.isNull()) {
                return null;
            }
            try {
                return LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                errors.add(new InputError(at(path), "'" + n.asText() + "' is not a calendar date", "a date YYYY-MM-DD that exists"));
                return null;
            }
        }

        YearMonth month(JsonNode n, String path) {
            try {
                return YearMonth.parse(n.asText());
            } catch (DateTimeParseException e) {
                errors.add(new InputError(at(path), "'" + n.asText() + "' is not a month", "a month YYYY-MM"));
                return null;
            }
        }
    }
}
