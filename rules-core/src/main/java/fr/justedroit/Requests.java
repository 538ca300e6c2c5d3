package fr.justedroit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.justedroit.internal.SchemaValidator;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads requests in the contract's format (JSON, or YAML with the same structure).
 *
 * <p>Every input is validated against the published JSON Schema, then read into records. Amounts are
 * read as exact decimals. Whatever is wrong is reported as {@link InputError}s naming the field by
 * its path, never as a parser's stack trace.
 */
public final class Requests {
    /** Default largest request accepted, in characters (1 MiB). */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;
    /** Deepest nesting accepted; the contract needs 5 levels. */
    public static final int MAX_DEPTH = 32;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxNumberLength(40).maxStringLength(DEFAULT_MAX_CHARS).build();
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = configure(new YAMLMapper(YAMLFactory.builder().streamReadConstraints(LIMITS).build()));

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
        mapper.getFactory().setStreamReadConstraints(LIMITS);
        // Keep amounts exactly as written: 140.00 stays 140.00, not 1.4E+2.
        mapper.configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Reads one JSON request; its {@code month} is required. */
    public static Request fromJson(String json) {
        return fromJson(json, null);
    }

    /** Reads one JSON request; {@code defaultMonth} (may be null) applies when it has no month. */
    public static Request fromJson(String json, YearMonth defaultMonth) {
        return fromTree(parse(JSON, json, "JSON"), "", defaultMonth);
    }

    /** Reads one YAML request with the contract's structure. */
    public static Request fromYaml(String yaml, YearMonth defaultMonth) {
        return fromTree(parse(YAML, yaml, "YAML"), "", defaultMonth);
    }

    /** Parses JSON text into a tree, with the contract's size and depth limits. */
    public static JsonNode parseJson(String json) {
        return parse(JSON, json, "JSON");
    }

    /** Parses YAML text into a tree, with the contract's size and depth limits. */
    public static JsonNode parseYaml(String yaml) {
        return parse(YAML, yaml, "YAML");
    }

    private static JsonNode parse(ObjectMapper mapper, String text, String format) {
        if (text.length() > DEFAULT_MAX_CHARS) {
            throw new InvalidRequestException(new InputError("(request)", "the request has " + text.length() + " characters",
                    "at most " + DEFAULT_MAX_CHARS + " characters"));
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidRequestException(new InputError("(request)", "the request is empty", "a " + format + " object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String problem = e.getOriginalMessage();
            if (problem != null && problem.contains("\n")) {
                problem = problem.substring(0, problem.indexOf('\n'));
            }
            throw new InvalidRequestException(new InputError("(request)", "not valid " + format + where + ": " + problem,
                    "a " + format + " object in the contract's format"));
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
