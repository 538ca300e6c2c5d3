package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.LegalLink;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import org.junit.jupiter.api.Test;

/** The reasons of the catalog carry the Légifrance links of the articles they cite, in JSON and in text. */
class LegalLinksTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();
    private static final Response RESPONSE = ENGINE.decide(Requests.fromYaml("""
            month: 2025-06
            household:
              persons:
                - {id: lea, role: applicant, birthDate: 2003-02-02}
              housing: {status: tenant, housingAid: false}
            """, null));

    @Test
    void theAgeConditionOfTheRsaLinksToItsArticle() {
        Reason age = RESPONSE.decision("rsa", "household").orElseThrow().reasons().stream()
                .filter(r -> r.rule().equals("rsa.condition_age")).findFirst().orElseThrow();
        // CASF art. L262-4 (the 25-year condition), LEGIARTI000031087751 as cited by OpenFisca-France.
        assertThat(ENGINE.links(age)).contains(new LegalLink("CASF art. L262-4",
                "Code de l'action sociale et des familles, article L262-4", "LEGIARTI000031087751",
                "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031087751"));
    }

    @Test
    void theJsonAndTheTextShowTheLinks() {
        assertThat(ENGINE.toJson(RESPONSE, Language.FR)).contains("\"links\" : [ {", "\"ref\" : \"CASF art. L262-4\"",
                "\"url\" : \"https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031087751\"");
        assertThat(ENGINE.toText(RESPONSE, Language.EN))
                .contains("→ Code de l'action sociale et des familles, article L262-4: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031087751");
    }
}
