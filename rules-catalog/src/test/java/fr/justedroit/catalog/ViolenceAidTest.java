package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.AidForm;
import fr.justedroit.Decision;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.RuleInfo;
import fr.justedroit.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the scenario files cannot say about the emergency aid for victims of domestic violence: the
 * loan terms in the decision's details, the reference SMIC chosen for each application date, the
 * privacy of the partner, and the contract errors on its dates.
 */
class ViolenceAidTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    private static Request request(String month, String persons, String claim) {
        return Requests.fromJson("{\"month\": \"" + month + "\", \"household\": {\"persons\": [" + persons + "]},"
                + " \"violenceAid\": " + claim + "}");
    }

    private static String alone(String incomeMonth, String amount) {
        return "{\"id\": \"alice\", \"role\": \"applicant\", \"birthDate\": \"1990-03-14\", \"incomes\": [{\"type\":"
                + " \"net_social_salary\", \"month\": \"" + incomeMonth + "\", \"amount\": " + amount + "}]}";
    }

    private static String claim(String victim, String proofDate, String applicationDate) {
        return "{\"victim\": \"" + victim + "\", \"proof\": \"complaint\", \"proofDate\": \"" + proofDate
                + "\", \"applicationDate\": \"" + applicationDate + "\"}";
    }

    private static Decision decision(Response response, String victim) {
        return response.decision("violence_aid", victim).orElseThrow();
    }

    @Test
    void aLoanStatesItsRepaymentTerms() {
        // law.md §4(d) V4: 258.61 as a loan, from the 24th month after June 2025, at most 24 instalments.
        Response response = ENGINE.decide(request("2025-06", alone("2025-05", "2500"),
                claim("alice", "2025-05-20", "2025-06-03")));
        Decision d = decision(response, "alice");
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(d.amount()).isEqualByComparingTo("258.61");
        assertThat(d.form()).isEqualTo(AidForm.LOAN);
        @SuppressWarnings("unchecked")
        Map<String, Object> loan = (Map<String, Object>) d.details().get("loan");
        assertThat(loan).containsOnlyKeys("firstInstalmentMonth", "maxInstalments", "instalment", "lastInstalment");
        assertThat(loan.get("firstInstalmentMonth")).isEqualTo("2027-06");
        assertThat(loan.get("maxInstalments")).isEqualTo(24);
        assertThat((BigDecimal) loan.get("instalment")).isEqualByComparingTo("10.78");
        assertThat((BigDecimal) loan.get("lastInstalment")).isEqualByComparingTo("10.67");
        BigDecimal total = ((BigDecimal) loan.get("instalment")).multiply(BigDecimal.valueOf(23))
                .add((BigDecimal) loan.get("lastInstalment"));
        assertThat(total).isEqualByComparingTo(d.amount());

        String json = ENGINE.toJson(response, Language.EN);
        assertThat(json).contains("\"form\" : \"loan\"").contains("\"firstInstalmentMonth\" : \"2027-06\"")
                .contains("\"maxInstalments\" : 24").contains("\"instalment\" : 10.78");
        assertThat(ENGINE.toText(response, Language.FR)).contains("prêt sans intérêt").contains("juin\u00A02027");
    }

    @Test
    void aGrantHasNoLoanTerms() {
        Decision d = decision(ENGINE.decide(request("2025-06", alone("2025-05", "0"),
                claim("alice", "2025-05-20", "2025-06-03"))), "alice");
        assertThat(d.form()).isEqualTo(AidForm.GRANT);
        assertThat(d.amount()).isEqualByComparingTo("646.52");
        assertThat(d.details()).isEmpty();
    }

    /**
     * The reference net SMIC for each application date (law.md §6 q.1, §7.7 q.5): the SMIC of the
     * 1 January of the year of the last 1 April, 1 353.07 for the whole launch period.
     */
    @ParameterizedTest
    @CsvSource({
        "2023-11-28, 1353.07, 2023-01-01",
        "2023-12-31, 1353.07, 2023-01-01",
        "2024-01-02, 1353.07, 2023-01-01",
        "2024-03-31, 1353.07, 2023-01-01",
        "2024-04-01, 1398.69, 2024-01-01",
        "2024-11-15, 1398.69, 2024-01-01",
        "2025-03-31, 1398.69, 2024-01-01",
        "2025-04-01, 1426.30, 2024-11-01",
        "2026-03-31, 1426.30, 2024-11-01",
        "2026-04-01, 1443.11, 2026-01-01",
        "2026-12-31, 1443.11, 2026-01-01",
    })
    void theReferenceSmicMovesOnFirstApril(String applicationDate, String smic, String since) {
        String month = applicationDate.substring(0, 7);
        Decision d = decision(ENGINE.decide(request(month, alone(month, "0"),
                claim("alice", applicationDate, applicationDate))), "alice");
        Reason thresholds = d.reasons().stream().filter(r -> r.rule().equals("violence_aid.seuils")).findFirst().orElseThrow();
        ParameterValue used = thresholds.parameters().stream()
                .filter(p -> p.id().equals("commun.smic.mensuel_net")).findFirst().orElseThrow();
        assertThat(used.value()).isEqualByComparingTo(smic);
        assertThat(used.since()).hasToString(since);
    }

    @Test
    void thePartnersResourcesAndIdentityNeverReachTheDecision() {
        // The violent partner is still in the household and earns 4 321.09 a month; the victim earns nothing.
        String persons = "{\"id\": \"alice\", \"role\": \"applicant\", \"birthDate\": \"1990-03-14\"},"
                + "{\"id\": \"partner-x\", \"role\": \"partner\", \"birthDate\": \"1986-01-01\", \"incomes\": ["
                + "{\"type\": \"net_social_salary\", \"month\": \"2025-05\", \"amount\": 4321.09},"
                + "{\"type\": \"net_social_salary\", \"month\": \"2025-06\", \"amount\": 4321.09}]},"
                + "{\"id\": \"leo\", \"role\": \"child\", \"birthDate\": \"2016-05-02\"}";
        Response response = ENGINE.decide(request("2025-06", persons, claim("alice", "2025-05-20", "2025-06-03")));
        Decision d = decision(response, "alice");
        assertThat(d.amount()).isEqualByComparingTo("969.78");
        assertThat(d.form()).isEqualTo(AidForm.GRANT);
        assertThat(response.decisions("violence_aid")).hasSize(1);
        for (Reason r : d.reasons()) {
            assertThat(r.args().values()).noneMatch(v -> String.valueOf(v).contains("4321")
                    || String.valueOf(v).contains("partner-x"));
        }
        String decisionOnly = ENGINE.toJson(new Response(response.month(), List.of(d)), Language.FR)
                + ENGINE.toJson(new Response(response.month(), List.of(d)), Language.EN)
                + ENGINE.toText(new Response(response.month(), List.of(d)), Language.FR)
                + ENGINE.toText(new Response(response.month(), List.of(d)), Language.EN);
        assertThat(decisionOnly).doesNotContain("partner-x").doesNotContain("4321").doesNotContain("4 321")
                .doesNotContain("4,321").doesNotContain("partner").doesNotContain("conjoint");
    }

    @Test
    void aVictimWithThePartnerRoleIsDecidedOnHerOwnResources() {
        // The victim may be the person the household lists as partner; the applicant's incomes do not count.
        String persons = "{\"id\": \"max\", \"role\": \"applicant\", \"birthDate\": \"1984-02-02\", \"incomes\": ["
                + "{\"type\": \"net_social_salary\", \"month\": \"2025-05\", \"amount\": 5000}]},"
                + "{\"id\": \"sam\", \"role\": \"partner\", \"birthDate\": \"1991-08-08\", \"incomes\": ["
                + "{\"type\": \"unemployment_benefit\", \"month\": \"2025-05\", \"amount\": 900}]}";
        Response response = ENGINE.decide(request("2025-06", persons, claim("sam", "2025-05-20", "2025-06-03")));
        Decision d = decision(response, "sam");
        // 713.15 < 900 <= 1 426.30: −20 %, 646.52 × 0.8 = 517.22.
        assertThat(d.amount()).isEqualByComparingTo("517.22");
        assertThat(response.decision("violence_aid", "max")).isEmpty();
        assertThat(ENGINE.toJson(new Response(response.month(), List.of(d)), Language.EN)).doesNotContain("max")
                .doesNotContain("5000").doesNotContain("5,000");
    }

    @Test
    void decidingWritesNothingToTheConsole() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            ENGINE.decide(request("2025-06", alone("2025-05", "2500"), claim("alice", "2025-05-20", "2025-06-03")));
            ENGINE.decide(request("2025-06", alone("2025-05", "2500"),
                    "{\"victim\": \"alice\", \"proof\": \"complaint\", \"applicationDate\": \"2025-06-03\"}"));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void bothMissingDatesAreNamed() {
        Decision d = decision(ENGINE.decide(request("2025-06", alone("2025-05", "0"),
                "{\"victim\": \"alice\", \"proof\": \"protection_order\"}")), "alice");
        assertThat(d.status()).isEqualTo(Status.NOT_COMPUTABLE);
        assertThat(d.missingInputs()).containsExactly("violenceAid.proofDate", "violenceAid.applicationDate");
        assertThat(d.reasons()).extracting(Reason::rule).containsExactly("violence_aid.donnees_manquantes");
    }

    @Test
    void everyFailedConditionIsGiven() {
        // An old proof and a recent aid: one ineligible decision with both reasons.
        Decision d = decision(ENGINE.decide(request("2025-06", alone("2025-05", "0"),
                "{\"victim\": \"alice\", \"proof\": \"complaint\", \"proofDate\": \"2024-01-10\","
                        + " \"applicationDate\": \"2025-06-03\", \"lastAidDate\": \"2025-01-15\"}")), "alice");
        assertThat(d.status()).isEqualTo(Status.INELIGIBLE);
        assertThat(d.amount()).isEqualByComparingTo("0");
        assertThat(d.form()).isNull();
        assertThat(d.reasons()).extracting(Reason::rule).contains("violence_aid.condition.justificatif_trop_ancien",
                "violence_aid.condition.aide_recente", "violence_aid.refus");
    }

    @Test
    void anApplicationOutsideTheKnownLawIsAnInputError() {
        assertThatThrownBy(() -> ENGINE.decide(request("2026-12", alone("2026-11", "0"),
                claim("alice", "2026-12-20", "2027-01-04"))))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anyMatch(err -> err.path().equals("violenceAid.applicationDate")));
        assertThatThrownBy(() -> ENGINE.decide(request("2025-06", alone("2025-05", "0"),
                "{\"victim\": \"alice\", \"proof\": \"complaint\", \"proofDate\": \"2025-05-20\","
                        + " \"applicationDate\": \"2025-06-03\", \"lastAidDate\": \"2025-06-10\"}")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anyMatch(err -> err.path().equals("violenceAid.lastAidDate")));
    }

    @Test
    void everyRuleHasItsArticleAndItsSentences() {
        List<RuleInfo> rules = ENGINE.rules().stream().filter(r -> r.name().startsWith("violence_aid.")).toList();
        assertThat(rules).hasSizeGreaterThan(15);
        for (RuleInfo r : rules) {
            assertThat(r.legalRef()).as(r.name()).isNotBlank();
            if (!r.name().equals("violence_aid.mois_des_ressources")) {
                assertThat(ENGINE.hasMessage(r.name(), Language.FR)).as(r.name()).isTrue();
                assertThat(ENGINE.hasMessage(r.name(), Language.EN)).as(r.name()).isTrue();
            }
        }
    }
}
