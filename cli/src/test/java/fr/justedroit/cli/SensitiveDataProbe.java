package fr.justedroit.cli;

import fr.justedroit.EvaluationException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link NoSensitiveDataInLogsTest}: decides households with health,
 * income and violence facts through the library and the command line, and makes a rule set fail on
 * them. Everything asked for goes to stdout; stderr carries only what the loggers write.
 */
public final class SensitiveDataProbe {
    /** Distinctive values: none may appear in a log line. */
    static final String VICTIM = "zoe-q7x31";
    static final String PARTNER = "marc-k2v88";
    static final String CHILD = "lou-w5n02";
    static final String REQUEST = """
            {"month": "2025-06", "household": {"persons": [
              {"id": "%s", "role": "applicant", "birthDate": "1971-03-29", "activity": "inactive",
               "disability": {"incapacityRate": 79, "employmentRestriction": true},
               "aah": {"receivingSince": "2019-02-13", "individualisedSince": "2024-02"},
               "incomes": [{"type": "sickness_benefit", "month": "2025-02", "amount": 1234.57},
                           {"type": "aah", "month": "2025-03", "amount": 987.61},
                           {"type": "alimony_received", "month": "2025-04", "amount": 271.83},
                           {"type": "taxable_income", "year": 2023, "amount": 16180}]},
              {"id": "%s", "role": "partner", "birthDate": "1969-11-07", "activity": "employed",
               "incomes": [{"type": "net_social_salary", "month": "2025-02", "amount": 2718.28},
                           {"type": "net_social_salary", "month": "2025-03", "amount": 2718.29},
                           {"type": "net_social_salary", "month": "2025-04", "amount": 2718.27},
                           {"type": "taxable_income", "year": 2023, "amount": 31415}]},
              {"id": "%s", "role": "child", "birthDate": "2013-08-21"}],
             "housing": {"status": "tenant", "housingAid": true, "housingAidAmount": 314.16}},
             "violenceAid": {"victim": "%s", "proof": "protection_order", "proofDate": "2025-04-17",
                             "applicationDate": "2025-06-09", "lastAidDate": null}}
            """.formatted(VICTIM, PARTNER, CHILD, VICTIM);
    /** A single parent who works, with a disability and a young child: the AAH's quarterly evaluation. */
    static final String PARENT = "ana-p4t67";
    static final String TODDLER = "noe-h8c15";
    /** A person alone under 25 (the RSA's age condition). */
    static final String YOUNG = "tom-z9r44";
    /**
     * Requests whose values go through every accumulate of the catalog that collects amounts, dates or
     * ages: the AAH's quarterly evaluation (earned and other incomes) and pension of the month, the
     * violence aid's resources of the month before the application, the isolement's youngest child, the
     * RSA's age condition.
     */
    static final String OTHER_REQUESTS = """
            {"month": "2025-06", "household": {"persons": [
              {"id": "%s", "role": "applicant", "birthDate": "1988-07-23", "activity": "employed",
               "disability": {"incapacityRate": 85, "employmentRestriction": false},
               "incomes": [{"type": "net_social_salary", "month": "2025-03", "amount": 612.34},
                           {"type": "net_social_salary", "month": "2025-04", "amount": 623.45},
                           {"type": "net_social_salary", "month": "2025-05", "amount": 634.56},
                           {"type": "alimony_received", "month": "2025-04", "amount": 143.21},
                           {"type": "pension", "month": "2025-06", "amount": 95.17},
                           {"type": "taxable_income", "year": 2023, "amount": 7071}]},
              {"id": "%s", "role": "child", "birthDate": "2024-09-03"}],
             "housing": {"status": "tenant", "housingAid": true}, "singleParentSince": "2024-10-08"},
             "violenceAid": {"victim": "%s", "proof": "complaint", "proofDate": "2025-05-27",
                             "applicationDate": "2025-06-11", "lastAidDate": null}}
            {"month": "2025-06", "household": {"persons": [
              {"id": "%s", "role": "applicant", "birthDate": "2003-02-17", "activity": "inactive"}],
             "housing": {"status": "housed_free", "housingAid": false}}}
            """.formatted(PARENT, TODDLER, PARENT, YOUNG);

    private SensitiveDataProbe() {
    }

    /** args[0]: a work folder. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        // 1. The library, as an embedder uses it.
        JusteDroit engine = JusteDroit.builder().catalog().build();
        Response response = engine.decide(Requests.fromJson(REQUEST));
        out.println(engine.toJson(response, Language.FR));
        out.println(engine.toText(response, Language.EN));
        for (String request : OTHER_REQUESTS.split("\n(?=\\{)")) {
            out.println(engine.toJson(engine.decide(Requests.fromJson(request)), Language.FR));
        }
        // 2. The command line, on a JSON Lines batch with a bad line (errors go to the output asked for).
        Path batch = dir.resolve("batch.jsonl");
        String line = REQUEST.replaceAll("\\s*\\n\\s*", " ").strip();
        Files.writeString(batch, line + "\n" + line.replace("1234.57", "-1234.57") + "\n");
        Main.run(out, out, "evaluate", batch.toString());
        Main.run(out, out, "evaluate", batch.toString(), "--format", "text");
        // 3. A rule set that fails on these facts, at evaluation.
        Path rules = Files.createDirectories(dir.resolve("rules/broken"));
        Files.writeString(rules.resolve("broken.drl"), """
                package probe;
                import fr.justedroit.rules.*;
                global MonthParameters params;
                global Explanations explain;
                rule "broken.division"
                    @legalRef("Probe art. 1")
                when
                    $m : Member(incapacityRate != null)
                    $i : MonthlyIncome(personId == $m.id)
                then
                    System.out.println("fired on " + $m.id());
                    insert(Verdict.eligible("probe", $m.id(), $i.amount().divide(java.math.BigDecimal.ZERO)));
                end
                """);
        Files.writeString(rules.resolve("parameters.yaml"), "");
        try {
            JusteDroit.builder().ruleSets(dir.resolve("rules")).build().decide(Requests.fromJson(REQUEST));
        } catch (EvaluationException e) {
            out.println("evaluation failed: " + e.getMessage());
        }
        Main.run(out, out, "evaluate", batch.toString(), "--rules", dir.resolve("rules").toString());
        out.flush();
    }
}
