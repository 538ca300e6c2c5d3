package fr.justedroit.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads timelines (JSON, or YAML with the same structure; schema {@code justedroit/contract/timeline.schema.json}).
 *
 * <p>The household of each version of the facts is in the contract's format and read by the contract's
 * own reader ({@link Requests}), so it is refused for the same reasons, its errors prefixed with where it
 * sits in the timeline ({@code established.household.persons[1].incomes[0].amount}). Unknown fields,
 * malformed months and dates, a span that ends before it starts, a membership or payment naming nobody:
 * every problem is reported as an {@link InputError} naming its path, all at once. Thread-safe.
 */
public final class Timelines {
    /** The classpath location of the published schema. */
    public static final String SCHEMA = "justedroit/contract/timeline.schema.json";
    /** The longest span recomputed at once, in months (ten years). */
    public static final int MAX_MONTHS = 120;
    private static final int MAX_CHARS = 4 * 1024 * 1024;
    private static final Set<String> TOP = Set.of("from", "to", "examinations", "checkDate", "fraud", "declared", "established",
            "corrections", "paid");
    private static final Set<String> CORRECTION = Set.of("date", "person", "incomes", "disability", "activity");
    private static final Set<String> FACTS = Set.of("household", "members", "housing", "disabilities");
    private static final Set<String> DISABILITY = Set.of("person", "from", "incapacityRate", "employmentRestriction");
    private static final Set<String> MEMBER = Set.of("person", "from", "to");
    private static final Set<String> HOUSING = Set.of("from", "status", "housingAid", "housingAidAmount");
    private static final Set<String> PAYMENT = Set.of("month", "benefit", "beneficiary", "amount");
    private static final Set<String> BENEFITS = Set.of("rsa", "prime_activite", "aah");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Amounts stay as written (0.10 stays 0.10), read as exact decimals, never as binary floating point.
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).build();
    private static final ObjectMapper YAML = yamlMapper();

    private Timelines() {
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS);
        YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build());
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }

    /**
     * Reads a JSON timeline.
     *
     * @throws InvalidRequestException naming every field that is wrong by its path
     */
    public static Timeline fromJson(String json) {
        return read(parse(JSON, json));
    }

    /** Reads a YAML timeline with the same structure. */
    public static Timeline fromYaml(String yaml) {
        return read(parse(YAML, yaml));
    }

    /** Reads a timeline file's text: YAML when the name ends in {@code .yaml} or {@code .yml}, else JSON. */
    public static Timeline read(String fileName, String text) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? fromYaml(text) : fromJson(text);
    }

    private static JsonNode parse(ObjectMapper mapper, String text) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidRequestException(new InputError("(timeline)", "has " + text.length() + " characters",
                    "at most " + MAX_CHARS));
        }
        try {
            JsonNode root = mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequestException(new InputError("(timeline)", "is empty", "a timeline object"));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidRequestException(new InputError("(timeline)", "is not well-formed" + where, "JSON or YAML text"));
        } catch (RuntimeException e) {
            // snakeyaml's own exceptions (duplicate keys, too many aliases) carry the text: none is shown.
            throw new InvalidRequestException(new InputError("(timeline)", "is not well-formed YAML", "YAML text without duplicate keys"));
        }
    }

    private static Timeline read(JsonNode root) {
        TimelineReading r = new TimelineReading();
        if (!r.isObject(root, "(timeline)")) {
            throw new InvalidRequestException(r.errors());
        }
        r.onlyFields(root, "", TOP);
        YearMonth from = r.month(root, "from", "", true);
        YearMonth to = r.month(root, "to", "", true);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                r.error("to", "is before from (" + from + ")", "a month on or after from");
            } else if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
                r.error("to", "the span has more than " + MAX_MONTHS + " months", "a span of at most " + MAX_MONTHS + " months");
            }
        }
        LocalDate checkDate = r.date(root, "checkDate", "", !root.hasNonNull("corrections"));
        boolean fraud = r.bool(root, "fraud", "");
        List<YearMonth> examinations = new ArrayList<>();
        List<JsonNode> exams = r.array(root, "examinations", "");
        for (int i = 0; i < exams.size(); i++) {
            JsonNode e = exams.get(i);
            String at = "examinations[" + i + "]";
            YearMonth m = e.isTextual() ? parseMonth(e.asText()) : null;
            if (m == null) {
                r.error(at, e.isTextual() ? "\"" + e.asText() + "\" is not valid" : "not a text", "a month \"YYYY-MM\"");
            } else if (from != null && to != null && (m.isBefore(from) || m.isAfter(to))) {
                r.error(at, "is " + m + ", outside the span", "a month from " + from + " to " + to);
            } else {
                examinations.add(m);
            }
        }
        Facts declared = facts(root.get("declared"), "declared", to, r);
        Facts established = root.hasNonNull("established") ? facts(root.get("established"), "established", to, r) : null;
        List<Correction> corrections = corrections(root, declared, to, r);
        if (established != null && !corrections.isEmpty()) {
            r.error("corrections", "given with established", "either the established facts or the list of corrections");
        }
        if (!corrections.isEmpty() && declared != null) {
            Facts corrected = declared;
            for (Correction c : corrections) {
                corrected = c.applyTo(corrected);
            }
            established = corrected;
            if (checkDate == null && !root.hasNonNull("checkDate")) {
                checkDate = corrections.stream().map(Correction::date).max(LocalDate::compareTo).orElseThrow();
            }
        }
        if (checkDate != null && to != null && !checkDate.isAfter(to.atEndOfMonth())) {
            r.error(root.hasNonNull("checkDate") ? "checkDate" : "corrections", "dates the check " + checkDate + ", within the span",
                    "a date after the last month (" + to + ")");
        }
        Set<String> persons = new java.util.HashSet<>();
        for (Facts f : new Facts[] {declared, established}) {
            if (f != null) {
                f.household().persons().forEach(p -> persons.add(p.id()));
            }
        }
        List<Payment> paid = payments(root, from, to, persons, r);
        if (!r.errors().isEmpty()) {
            throw new InvalidRequestException(r.errors());
        }
        return new Timeline(from, to, examinations, checkDate, fraud, declared, established, paid, corrections);
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Facts facts(JsonNode node, String path, YearMonth to, TimelineReading r) {
        if (!r.isObject(node, path)) {
            return null;
        }
        r.onlyFields(node, path, FACTS);
        Household household = household(node.get("household"), path + ".household", to, r);
        List<Membership> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : r.objects(node, "members", path, MEMBER)) {
            String at = element.getKey();
            JsonNode m = element.getValue();
            String person = r.text(m, "person", at);
            YearMonth mFrom = r.month(m, "from", at, false);
            YearMonth mTo = r.month(m, "to", at, false);
            if (mFrom != null && mTo != null && mTo.isBefore(mFrom)) {
                r.error(at + ".to", "is before from (" + mFrom + ")", "a month on or after from");
            }
            if (person != null && household != null && household.person(person).isEmpty()) {
                r.error(at + ".person", "names no person of " + path + ".household", "the id of a person of the household");
            } else if (person != null) {
                members.add(new Membership(person, mFrom, mTo));
            }
        }
        List<HousingPeriod> housing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : r.objects(node, "housing", path, HOUSING)) {
            String at = element.getKey();
            JsonNode h = element.getValue();
            YearMonth hFrom = r.month(h, "from", at, true);
            Housing value = housingOf(h, at, to, r);
            if (hFrom != null && value != null) {
                housing.add(new HousingPeriod(hFrom, value));
            }
        }
        List<DisabilityPeriod> disabilities = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : r.objects(node, "disabilities", path, DISABILITY)) {
            String at = element.getKey();
            JsonNode d = element.getValue();
            String person = r.text(d, "person", at);
            YearMonth dFrom = r.month(d, "from", at, true);
            if (person != null && household != null && household.person(person).isEmpty()) {
                r.error(at + ".person", "names no person of " + path + ".household", "the id of a person of the household");
                continue;
            }
            ObjectNode assessment = d.deepCopy();
            assessment.remove(List.of("person", "from"));
            ObjectNode one = JSON.createObjectNode();
            one.putArray("persons").addObject().put("id", "x").put("role", "applicant").put("birthDate", "1980-01-01")
                    .set("disability", assessment);
            Household read = household(one, at, to, r, "household.persons[0].disability", at);
            if (person != null && dFrom != null && read != null) {
                disabilities.add(new DisabilityPeriod(person, dFrom, read.persons().get(0).disability()));
            }
        }
        return household == null ? null : new Facts(household, members, housing, disabilities);
    }

    /** A housing period's housing, read by the contract's reader as the household's housing. */
    private static Housing housingOf(JsonNode h, String at, YearMonth to, TimelineReading r) {
        ObjectNode housing = h.deepCopy();
        housing.remove("from");
        ObjectNode household = JSON.createObjectNode();
        household.putArray("persons").addObject().put("id", "x").put("role", "applicant").put("birthDate", "1980-01-01");
        household.set("housing", housing);
        Household read = household(household, at, to, r, "household.housing", "");
        return read == null ? null : read.housing();
    }

    private static Household household(JsonNode node, String path, YearMonth to, TimelineReading r) {
        if (!r.isObject(node, path)) {
            return null;
        }
        return household(node, path, to, r, "household", path);
    }

    /** Reads a household with the contract's reader; its error paths {@code household...} become {@code path...}. */
    private static Household household(JsonNode node, String path, YearMonth to, TimelineReading r, String prefix, String replacement) {
        ObjectNode request = JSON.createObjectNode();
        request.put("month", (to == null ? YearMonth.of(2025, 1) : to).toString());
        request.set("household", node);
        try {
            Request read = Requests.fromJson(JSON.writeValueAsString(request));
            return read.household();
        } catch (InvalidRequestException e) {
            for (InputError error : e.errors()) {
                String p = error.path();
                String mapped = p.startsWith(prefix) ? replacement + p.substring(prefix.length()) : path + " (" + p + ")";
                r.error(mapped.startsWith(".") ? path + mapped : mapped.isEmpty() ? path : mapped, error.problem(), error.expected());
            }
            return null;
        } catch (JsonProcessingException e) {
            r.error(path, "cannot be read", "a household in the contract's format");
            return null;
        }
    }

    /**
     * The corrections, in date order: each names a person of the declared household; its incomes,
     * disability and activity are read by the contract's reader as those of that person.
     */
    private static List<Correction> corrections(JsonNode root, Facts declared, YearMonth to, TimelineReading r) {
        List<Correction> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : r.objects(root, "corrections", "", CORRECTION)) {
            String at = element.getKey();
            JsonNode c = element.getValue();
            LocalDate date = r.date(c, "date", at, true);
            String person = r.text(c, "person", at);
            var corrected = person == null || declared == null ? java.util.Optional.<fr.justedroit.Person>empty()
                    : declared.household().person(person);
            if (person != null && declared != null && corrected.isEmpty()) {
                r.error(at + ".person", "names no person of declared.household", "the id of a person of the household");
                continue;
            }
            if (corrected.isEmpty()) {
                continue;
            }
            ObjectNode as = JSON.createObjectNode();
            as.put("id", person).put("role", corrected.get().role().jsonName()).put("birthDate", corrected.get().birthDate().toString());
            for (String field : new String[] {"incomes", "disability", "activity"}) {
                if (c.has(field)) {
                    as.set(field, c.get(field));
                }
            }
            ObjectNode household = JSON.createObjectNode();
            household.putArray("persons").add(as);
            Household read = household(household, at, to, r, "household.persons[0]", at);
            if (date != null && read != null) {
                fr.justedroit.Person p = read.persons().get(0);
                all.add(new Correction(date, person, p.incomes(), c.has("disability") ? p.disability() : null,
                        c.has("activity") ? p.activity() : null));
            }
        }
        all.sort(java.util.Comparator.comparing(Correction::date));
        return all;
    }

    private static List<Payment> payments(JsonNode root, YearMonth from, YearMonth to, Set<String> persons, TimelineReading r) {
        List<Payment> paid = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> element : r.objects(root, "paid", "", PAYMENT)) {
            String at = element.getKey();
            JsonNode p = element.getValue();
            YearMonth month = r.month(p, "month", at, true);
            String benefit = r.text(p, "benefit", at);
            String beneficiary = r.text(p, "beneficiary", at);
            java.math.BigDecimal amount = r.amount(p, "amount", at);
            if (benefit != null && !BENEFITS.contains(benefit)) {
                r.error(at + ".benefit", "is \"" + benefit + "\"", "rsa, prime_activite or aah");
                benefit = null;
            }
            if (month != null && from != null && to != null && (month.isBefore(from) || month.isAfter(to))) {
                r.error(at + ".month", "is " + month + ", outside the span", "a month from " + from + " to " + to);
                month = null;
            }
            if (benefit != null && beneficiary != null && !benefit.equals("aah") && !beneficiary.equals("household")) {
                r.error(at + ".beneficiary", "is \"" + beneficiary + "\"", "household, for the " + benefit);
                beneficiary = null;
            } else if ("aah".equals(benefit) && beneficiary != null && !persons.isEmpty() && !persons.contains(beneficiary)) {
                r.error(at + ".beneficiary", "names no person of the household", "the id of the person the AAH was paid to");
                beneficiary = null;
            }
            if (month != null && benefit != null && beneficiary != null && amount != null) {
                if (!seen.add(month + "|" + benefit + "|" + beneficiary)) {
                    r.error(at, "gives " + benefit + " for " + beneficiary + " in " + month + " a second time", "one payment per month, benefit and beneficiary");
                } else {
                    paid.add(new Payment(month, benefit, beneficiary, amount));
                }
            }
        }
        return paid;
    }
}
