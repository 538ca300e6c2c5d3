package fr.justedroit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.internal.RequestMapping;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads requests in the contract's format (JSON, or YAML with the same structure).
 *
 * <p>The text is mapped straight onto the records, strictly: unknown fields, values of the wrong
 * type (no text taken for a number or a boolean), malformed or non-existent dates are refused; amounts
 * are read as exact decimals, as written. The published JSON Schema ({@code request.schema.json})
 * accepts and refuses the same requests (a test holds them together). Whatever is wrong is reported
 * as {@link InputError}s naming the field by its path, never as a parser's stack trace. Every method
 * is thread-safe.
 */
public final class Requests {
    /** Default largest request accepted, in characters (1 MiB); see {@link RequestLimits}. */
    public static final int DEFAULT_MAX_CHARS = RequestLimits.DEFAULT_MAX_CHARS;
    /** Default deepest nesting accepted; see {@link RequestLimits}. */
    public static final int MAX_DEPTH = RequestLimits.DEFAULT_MAX_DEPTH;
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
                putDate(a, "activityStartedOn", p.aah().activityStartedOn());
                if (!p.aah().neutralisedMonths().isEmpty()) {
                    var months = a.putArray("neutralisedMonths");
                    p.aah().neutralisedMonths().forEach(m -> months.add(m.toString()));
                }
            }
            if (p.institutionStay() != null) {
                InstitutionStay stay = p.institutionStay();
                ObjectNode st = person.putObject("institutionStay");
                st.put("kind", stay.kind().jsonName());
                st.put("since", stay.since().toString());
                putDate(st, "until", stay.until());
                putBoolean(st, "forfaitJournalier", stay.forfaitJournalier());
                putBoolean(st, "dependentAscendant", stay.dependentAscendant());
                putBoolean(st, "partnerUnableToWork", stay.partnerUnableToWork());
            }
            if (p.activityStop() != null) {
                ObjectNode stop = person.putObject("activityStop");
                stop.put("date", p.activityStop().date().toString());
                stop.put("replacementIncome", p.activityStop().replacementIncome());
                if (p.activityStop().unemploymentBenefit()) {
                    stop.put("unemploymentBenefit", true);
                }
            }
            if (p.esat() != null) {
                ObjectNode e = person.putObject("esat");
                e.put("since", p.esat().since().toString());
                if (!p.esat().months().isEmpty()) {
                    ArrayNode months = e.putArray("months");
                    for (Esat.MonthAmounts m : p.esat().months()) {
                        ObjectNode mo = months.addObject();
                        mo.put("month", m.month().toString());
                        if (m.aideAuPoste() != null) {
                            mo.put("aideAuPoste", m.aideAuPoste());
                        }
                        if (m.remunerationGarantie() != null) {
                            mo.put("remunerationGarantie", m.remunerationGarantie());
                        }
                    }
                }
                putBoolean(e, "dependentAscendant", p.esat().dependentAscendant());
            }
            if (p.priorWork() != null) {
                person.putObject("priorWork").put("hours", p.priorWork().hours());
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
        if (h.rsaSanction() != null) {
            ObjectNode sanction = household.putObject("rsaSanction");
            sanction.put("suspendedPercentage", h.rsaSanction().suspendedPercentage());
            sanction.put("from", h.rsaSanction().from().toString());
            sanction.put("until", h.rsaSanction().until().toString());
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

    private static void putBoolean(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDate(ObjectNode node, String name, LocalDate date) {
        if (date != null) {
            node.put(name, date.toString());
        }
    }

    /**
     * The text of a request file's bytes, which must be UTF-8 (a byte-order mark is kept, and
     * skipped by the readers).
     *
     * @throws InvalidRequestException saying which byte, at which line and column, is not UTF-8
     */
    public static String decodeUtf8(byte[] bytes) {
        return fr.justedroit.internal.Utf8Text.decode(bytes, "(request)");
    }

    /** Reads one JSON request; its {@code month} is required. */
    public static Request fromJson(String json) {
        return fromJson(json, null);
    }

    /** Reads one JSON request; {@code defaultMonth} (may be null) applies when it has no month. */
    public static Request fromJson(String json, YearMonth defaultMonth) {
        return fromJson(json, defaultMonth, RequestLimits.DEFAULT);
    }

    /**
     * Reads one JSON request under the given size and depth limits. Thread-safe and cheap: the
     * text is mapped straight onto the records, in one pass.
     *
     * @throws InvalidRequestException naming every field that breaks the contract by its path
     */
    public static Request fromJson(String json, YearMonth defaultMonth, RequestLimits limits) {
        return RequestMapping.read(json, RequestMapping.Format.JSON, defaultMonth, limits);
    }

    /** Reads one YAML request with the contract's structure. */
    public static Request fromYaml(String yaml, YearMonth defaultMonth) {
        return fromYaml(yaml, defaultMonth, RequestLimits.DEFAULT);
    }

    /**
     * Reads one YAML request under the given size and depth limits. YAML 1.2 scalars: {@code yes},
     * {@code no}, {@code on}, {@code off} are texts, never booleans.
     */
    public static Request fromYaml(String yaml, YearMonth defaultMonth, RequestLimits limits) {
        return RequestMapping.read(yaml, RequestMapping.Format.YAML, defaultMonth, limits);
    }
}
