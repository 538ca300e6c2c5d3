package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.AidForm;
import fr.justedroit.Decision;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.LegalLink;
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

    private static Reason reason(Decision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aLoanStatesItsRepaymentTerms() {
        // CASF D214-13 1° and D214-14 3°: 2 500 > 1.5 × 1 426.30, so 646.52 × 0.4 = 258.61 as a loan;
        // repayable from the 24th month after June 2025 in at most 24 instalments (LEGIARTI000048463438).
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
        // Sentences may join words with non-breaking spaces.
        assertThat(ENGINE.toText(response, Language.FR).replace('\u00a0', ' ').replace('\u202f', ' '))
                .contains("prêt sans intérêt").contains("juin 2027");
    }

    @Test
    void aLoanSaysWhoCanBeMadeToRepayItAndThatARemiseCanBeAsked() {
        // CASF L214-12 I: repayment is claimed from the author once finally condemned to the additional
        // penalty of C. pén. 222-44-1 (or after a composition pénale / classement sous condition); the
        // decree's article LEGIARTI000048463438: the beneficiary may ask for a total or partial remise,
        // on the terms of CSS D847-1 to D847-3.
        Decision d = decision(ENGINE.decide(request("2025-06", alone("2025-05", "2500"),
                claim("alice", "2025-05-20", "2025-06-03"))), "alice");
        Reason terms = reason(d, "violence_aid.pret.remboursement");
        Reason decision = reason(d, "violence_aid.decision.pret");
        String fr = (ENGINE.text(terms, Language.FR) + " " + ENGINE.text(decision, Language.FR)).replace('\u00a0', ' ');
        String en = (ENGINE.text(terms, Language.EN) + " " + ENGINE.text(decision, Language.EN)).replace('\u00a0', ' ');
        assertThat(fr).contains("Il est demandé à l’auteur des violences, et non à la victime")
                .contains("article 222-44-1 du code pénal").contains("(CASF art. L214-12)")
                .contains("remise totale ou partielle").contains("articles D847-1 à D847-3 du code de la sécurité sociale")
                .contains("L’auteur des violences peut être condamné à la rembourser à la place de la victime (CASF art. L214-12)");
        assertThat(en).contains("Repayment is claimed from the author of the violence, not from the victim")
                .contains("article 222-44-1 of the code pénal").contains("(CASF art. L214-12)")
                .contains("waive all or part of its repayment").contains("articles D847-1 to D847-3 of the code de la sécurité sociale")
                .contains("The author of the violence can be ordered to repay it in the victim’s place (CASF art. L214-12)");
        // The decision's reason links to the article that makes the author repay.
        assertThat(ENGINE.links(decision)).extracting(LegalLink::ref).contains("CASF art. L214-12");
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
     * The reference net SMIC for each application date (CASF D214-14 "en vigueur au 1er janvier précédant
     * la demande", read with the 1 April revaluation of D214-13 and D214-14; docs/law/violence_aid.md):
     * the SMIC of the 1 January of the year of the last 1 April, 1 353.07 for the whole launch period.
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

    /**
     * Each threshold of D214-13 (loan) and D214-14 (minoration) is the exact product of its share and
     * the SMIC (docs/law/violence_aid.md): with S = 1 398.69 (SMIC net of 2024-01-01, décret n° 2023-1216)
     * every product but 1 × S has decimals below the cent, and the cent that rounds the product up is
     * already above it. Base amounts: RSA 635.71 (décret n° 2024-396) with the R262-1 majorations rounded
     * to the cent (953.57 / 1 144.28 / 1 398.56 for 1 / 2 / 3 children).
     */
    @ParameterizedTest(name = "{1} children, resources {0}: {2} {3}")
    @CsvSource({
        // 0.5 × S = 699.345 (D214-14 1°)
        "699.34, 0, 635.71, grant",
        "699.35, 0, 508.57, grant",
        // 1 × S = 1 398.69 (D214-14 2°)
        "1398.69, 0, 508.57, grant",
        "1398.70, 0, 381.43, grant",
        // 1.5 × S = 2 098.035 (D214-14 3° and D214-13 1°, loan threshold without a child)
        "2098.03, 0, 381.43, grant",
        "2098.04, 0, 254.28, loan",
        // 2.25 × S = 3 147.0525 (D214-13 2°)
        "3147.05, 1, 381.43, grant",
        "3147.06, 1, 381.43, loan",
        // 2.7 × S = 3 776.463 (D214-13 3°)
        "3776.46, 2, 457.71, grant",
        "3776.47, 2, 457.71, loan",
        // 3.3 × S = 4 615.677 (D214-13 4°)
        "4615.67, 3, 559.42, grant",
        "4615.68, 3, 559.42, loan",
    })
    void thresholdsAreTheExactProductsOfTheSmic(String resources, int children, String amount, String form) {
        Decision d = decisionInJune(2024, resources, children);
        assertThat(d.amount()).isEqualByComparingTo(amount);
        assertThat(d.form()).isEqualTo(AidForm.valueOf(form.toUpperCase()));
    }

    /** Alice's aid for an application on 10 June of the year, her salary of May and her children. */
    private static Decision decisionInJune(int year, String resources, int children) {
        StringBuilder persons = new StringBuilder(alone(year + "-05", resources));
        for (int i = 0; i < children; i++) {
            persons.append(", {\"id\": \"child").append(i).append("\", \"role\": \"child\", \"birthDate\": \"201")
                    .append(i).append("-02-02\"}");
        }
        return decision(ENGINE.decide(request(year + "-06", persons.toString(),
                claim("alice", year + "-06-01", year + "-06-10"))), "alice");
    }

    /**
     * The same both sides of every threshold for an application of June 2026 (S = 1 443.11, SMIC net of
     * 2026-01-01, décret n° 2025-1228, the reference of applications from 2026-04-01: D214-13 and D214-14,
     * last paragraphs). Four products have decimals below the cent that round up (721.555, 2 164.665,
     * 3 246.9975, 3 896.397): the cent that a rounded threshold would equal is already above the exact one
     * ("supérieures à", CASF D214-13 and D214-14, which round nothing). Base amounts: RSA 651.69 (décret
     * n° 2026-220) with the R262-1 majorations rounded to the cent: 651.69 + 325.85 = 977.54, + 195.51 =
     * 1 173.05, + 260.68 = 1 433.73 for 1 / 2 / 3 children; then × 0.8 / 0.6 / 0.4 rounded to the cent.
     */
    @ParameterizedTest(name = "2026, {1} children, resources {0}: {2} {3}")
    @CsvSource({
        // 0.5 × S = 721.555 (D214-14 1°): 651.69, then 651.69 × 0.8 = 521.352
        "721.55, 0, 651.69, grant",
        "721.56, 0, 521.35, grant",
        // 1 × S = 1 443.11 (D214-14 2°): 651.69 × 0.6 = 391.014
        "1443.11, 0, 521.35, grant",
        "1443.12, 0, 391.01, grant",
        // 1.5 × S = 2 164.665 (D214-14 3° and D214-13 1°): 651.69 × 0.4 = 260.676
        "2164.66, 0, 391.01, grant",
        "2164.67, 0, 260.68, loan",
        // 2.25 × S = 3 246.9975 (D214-13 2°): 977.54 × 0.4 = 391.016
        "3246.99, 1, 391.02, grant",
        "3247.00, 1, 391.02, loan",
        // 2.7 × S = 3 896.397 (D214-13 3°): 1 173.05 × 0.4 = 469.22
        "3896.39, 2, 469.22, grant",
        "3896.40, 2, 469.22, loan",
        // 3.3 × S = 4 762.263 (D214-13 4°): 1 433.73 × 0.4 = 573.492
        "4762.26, 3, 573.49, grant",
        "4762.27, 3, 573.49, loan",
    })
    void thresholdsOf2026AreTheExactProductsOfTheSmic(String resources, int children, String amount, String form) {
        Decision d = decisionInJune(2026, resources, children);
        assertThat(d.amount()).isEqualByComparingTo(amount);
        assertThat(d.form()).isEqualTo(AidForm.valueOf(form.toUpperCase()));
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
    void theResourcesSentenceNamesEachKindCountedWithItsAmount() {
        // CASF D214-15 as the rule set reads it (docs/law/violence_aid.md): the victim's earned and
        // replacement incomes of the month before the application; family benefits and the AAH are not
        // counted, nor the incomes of another month. 1 200 + 300 = 1 500, above 1 × 1 426.30 and up to
        // 1.5 × 1 426.30 (D214-14 2°): 646.52 × 0.6 = 387.912 → 387.91, a grant (1 500 <= 2 139.45, D214-13 1°).
        String persons = "{\"id\": \"alice\", \"role\": \"applicant\", \"birthDate\": \"1990-03-14\", \"incomes\": ["
                + "{\"type\": \"net_social_salary\", \"month\": \"2025-05\", \"amount\": 1200},"
                + "{\"type\": \"unemployment_benefit\", \"month\": \"2025-05\", \"amount\": 300},"
                + "{\"type\": \"family_benefits\", \"month\": \"2025-05\", \"amount\": 150},"
                + "{\"type\": \"aah\", \"month\": \"2025-05\", \"amount\": 111},"
                + "{\"type\": \"net_social_salary\", \"month\": \"2025-06\", \"amount\": 999}]}";
        Response response = ENGINE.decide(request("2025-06", persons, claim("alice", "2025-05-20", "2025-06-03")));
        Decision d = decision(response, "alice");
        assertThat(d.amount()).isEqualByComparingTo("387.91");
        assertThat(d.form()).isEqualTo(AidForm.GRANT);
        Reason resources = reason(d, "violence_aid.ressources");
        String fr = ENGINE.text(resources, Language.FR).replace('\u00a0', ' ').replace('\u202f', ' ');
        String en = ENGINE.text(resources, Language.EN).replace('\u00a0', ' ');
        assertThat(fr).contains("en mai 2025, mois précédant la demande : 1 500,00 €, soit salaire net social (1 200,00 €)"
                + " et allocations chômage (300,00 €).");
        assertThat(en).contains("in May 2025, the month before the application: €1,500.00, made of net social salary (€1,200.00)"
                + " and unemployment benefit (€300.00).");
        // What is not counted is not named: neither its kind nor its amount.
        assertThat(fr + en).doesNotContain("150").doesNotContain("111").doesNotContain("999")
                .doesNotContain("AAH").doesNotContain("familiales").doesNotContain("family");

        Reason single = reason(decision(ENGINE.decide(request("2025-06", alone("2025-05", "2500"),
                claim("alice", "2025-05-20", "2025-06-03"))), "alice"), "violence_aid.ressources");
        assertThat(ENGINE.text(single, Language.EN)).contains("the month before the application: net social salary (€2,500.00).");
        Reason none = reason(decision(ENGINE.decide(request("2025-06", alone("2025-04", "2500"),
                claim("alice", "2025-05-20", "2025-06-03"))), "alice"), "violence_aid.ressources");
        assertThat(ENGINE.text(none, Language.FR).replace('\u00a0', ' ')).contains("mois précédant la demande : aucune (0,00 €).");
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
                "violence_aid.condition.aide_recente");
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
        List<RuleInfo> rules = ENGINE.catalog().rules().stream().filter(r -> r.name().startsWith("violence_aid.")).toList();
        assertThat(rules).hasSizeGreaterThan(15);
        // The minoration is one rule of the D214-14 scale; each line of the scale has its own sentence.
        List<String> sentenceKeys = new java.util.ArrayList<>(List.of("violence_aid.minoration.aucune",
                "violence_aid.minoration.tranche_1", "violence_aid.minoration.tranche_2", "violence_aid.minoration.tranche_3"));
        for (RuleInfo r : rules) {
            assertThat(r.legalRef()).as(r.name()).isNotBlank();
            if (!r.name().equals("violence_aid.mois_des_ressources") && !r.name().equals("violence_aid.minoration")
                    && !r.name().equals("violence_aid.demande")) {
                sentenceKeys.add(r.name());
            }
        }
        for (String key : sentenceKeys) {
            assertThat(ENGINE.catalog().hasMessage(key, Language.FR)).as(key).isTrue();
            assertThat(ENGINE.catalog().hasMessage(key, Language.EN)).as(key).isTrue();
        }
    }
}
