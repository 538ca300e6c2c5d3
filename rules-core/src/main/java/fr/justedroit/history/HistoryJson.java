package fr.justedroit.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import java.io.UncheckedIOException;

/**
 * A recomputed history as JSON: {@code months[]} ({@code month}, {@code benefit}, {@code beneficiary},
 * {@code paid} (with {@code paidFrom}: {@code given} by the timeline, or {@code declared_facts}: what the
 * declared facts give), {@code due}, {@code difference}, {@code kind}, {@code recoverable} (on {@code countedFrom}, the date the prescription is counted back from), and for the RSA and the
 * prime d'activité the {@code examination} month; a month that changed carries the {@code reasons} of its
 * due amount) and {@code totals} per benefit ({@code indus}, {@code rappels}, {@code prescribed}).
 */
public final class HistoryJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private HistoryJson() {
    }

    /** The result as indented JSON, the reasons' sentences in {@code language}. */
    public static String write(HistoryResult result, JusteDroit engine, Language language) {
        ObjectNode root = MAPPER.createObjectNode();
        Timeline t = result.timeline();
        root.put("from", t.from().toString());
        root.put("to", t.to().toString());
        root.put("checkDate", t.checkDate().toString());
        root.put("fraud", t.fraud());
        ArrayNode months = root.putArray("months");
        for (MonthDifference m : result.months()) {
            ObjectNode line = months.addObject();
            line.put("month", m.month().toString());
            line.put("benefit", m.benefit());
            line.put("beneficiary", m.beneficiary());
            line.put("paid", m.paid());
            line.put("paidFrom", m.paidGiven() ? "given" : "declared_facts");
            line.put("due", m.due());
            line.put("difference", m.difference());
            line.put("kind", m.kind().jsonName());
            line.put("recoverable", m.recoverable());
            line.put("countedFrom", m.countedFrom().toString());
            if (m.examination() != null) {
                line.put("examination", m.examination().toString());
            }
            if (m.kind() != Kind.NONE && m.decision() != null) {
                line.put("status", m.decision().status().jsonName());
                ArrayNode reasons = line.putArray("reasons");
                for (Reason r : m.decision().reasons()) {
                    ObjectNode reason = reasons.addObject();
                    reason.put("rule", r.rule());
                    reason.put("legalRef", r.legalRef());
                    reason.put("text", engine.text(r, language));
                }
            }
        }
        ObjectNode totals = root.putObject("totals");
        for (BenefitTotals b : result.totals()) {
            ObjectNode one = totals.putObject(b.benefit());
            one.put("indus", b.indus());
            one.put("rappels", b.rappels());
            one.put("prescribed", b.prescribed());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
