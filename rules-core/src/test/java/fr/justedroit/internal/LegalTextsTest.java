package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.LegalLink;
import fr.justedroit.LoadProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalTextsTest {
    private final List<LoadProblem> problems = new ArrayList<>();
    private final LegalTexts table = LegalTexts.read("common/legal_texts.yaml", """
            codes:
              CASF:
                name: Code de l'action sociale et des familles
                id: LEGITEXT000006074069
                articles:
                  R262-9: LEGIARTI000020526192
                  R262-10: ~
              CSS:
                name: Code de la sécurité sociale
                id: LEGITEXT000006073189
                articles:
                  L842-2: LEGIARTI000031087615
                  R842-2: ~
                  D843-1: LEGIARTI000031673885
            texts:
              Décret n° 2022-1694:
                name: Décret n° 2022-1694 du 28 décembre 2022
                id: ~
              Loi n° 2022-1158:
                name: Loi n° 2022-1158 du 16 août 2022
                id: JORFTEXT000046186723
            """, problems);

    @Test
    void eachArticleOfAReferenceGetsItsLink() {
        assertThat(problems).isEmpty();
        assertThat(table.links("CASF art. R262-9 et R262-10")).containsExactly(
                new LegalLink("CASF art. R262-9", "Code de l'action sociale et des familles, article R262-9", "LEGIARTI000020526192",
                        "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526192"),
                // Its own id is not known yet: the link leads to the code.
                new LegalLink("CASF art. R262-10", "Code de l'action sociale et des familles, article R262-10", "LEGITEXT000006074069",
                        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069"));
    }

    @Test
    void referencesAreReadTolerantly() {
        assertThat(table.citations("CSS art. L842-2 3°, R842-2 et R512-2")).extracting(LegalTexts.Citation::ref, LegalTexts.Citation::known)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CSS art. L842-2", true),
                        org.assertj.core.groups.Tuple.tuple("CSS art. R842-2", true),
                        org.assertj.core.groups.Tuple.tuple("CSS art. R512-2", false));
        assertThat(table.citations("CSS art. L821-3 et D821-2 (rédaction antérieure au 1er octobre 2023)"))
                .extracting(LegalTexts.Citation::ref).containsExactly("CSS art. L821-3", "CSS art. D821-2");
        assertThat(table.citations("Décret n° 2022-1694 du 28 décembre 2022, art. 2")).extracting(LegalTexts.Citation::ref, LegalTexts.Citation::known)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Décret n° 2022-1694", true));
        assertThat(table.links("Loi n° 2022-1158 du 16 août 2022, art. 10 ; CSS art. D843-1")).extracting(LegalLink::url).containsExactly(
                "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723",
                "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885");
        // A decree without a known id is named, without an address.
        assertThat(table.links("Décret n° 2022-1694, art. 2")).singleElement().satisfies(l -> assertThat(l.url()).isNull());
        assertThat(table.unrecognised("CSS art. D843-1 s. (décret n° 2015-1710) ; seuil de versement")).containsExactly("seuil de versement");
        assertThat(table.links(null)).isEmpty();
    }

    @Test
    void aSecondCodeInThePartOwnsTheArticlesAfterIt() {
        // A parameter's source: "CASF art. R262-7 et CSS art. R843-2" cites CSS R843-2, not CASF R843-2.
        assertThat(table.citations("CASF art. R262-9 et CSS art. R842-2, dans leur rédaction antérieure"))
                .extracting(LegalTexts.Citation::ref, LegalTexts.Citation::known)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASF art. R262-9", true),
                        org.assertj.core.groups.Tuple.tuple("CSS art. R842-2", true));
    }

    @Test
    void aSentenceCitesTheCodeItNamesInParentheses() {
        assertThat(table.citations("La majoration est due jusqu'en mars 2026 inclus (CSS art. D843-1), puis (voir R262-10)."))
                .extracting(LegalTexts.Citation::ref).containsExactly("CSS art. D843-1");
        assertThat(table.citations("remise du prêt (CASF art. R262-9) prévue par le décret n° 2022-1694."))
                .extracting(LegalTexts.Citation::ref).containsExactly("CASF art. R262-9", "Décret n° 2022-1694");
    }

    @Test
    void everyTextOfAPartIsCited() {
        assertThat(table.citations("Loi n° 2022-1158 et décret n° 2022-1694 (selon OpenFisca)"))
                .extracting(LegalTexts.Citation::ref).containsExactly("Loi n° 2022-1158", "Décret n° 2022-1694");
    }

    @Test
    void aMalformedTableIsALoadProblem() {
        List<LoadProblem> found = new ArrayList<>();
        LegalTexts.read("x/legal_texts.yaml", "texts:\n  Un texte sans numéro: {name: x}\n", found);
        LegalTexts.read("y/legal_texts.yaml", "[1, 2", found);
        assertThat(found).extracting(LoadProblem::file).containsExactly("x/legal_texts.yaml", "y/legal_texts.yaml");
    }
}
