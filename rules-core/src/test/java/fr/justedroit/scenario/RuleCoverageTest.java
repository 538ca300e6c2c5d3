package fr.justedroit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How legal references split into articles. */
class RuleCoverageTest {

    @Test
    void oneArticle() {
        assertThat(RuleCoverage.articles("CASF art. L262-2")).containsExactly("CASF art. L262-2");
        assertThat(RuleCoverage.articles("CASF art. L262-4 1°")).containsExactly("CASF art. L262-4 1°");
    }

    @Test
    void articlesOfOneCodeJoinedByEtOrCommas() {
        assertThat(RuleCoverage.articles("CASF art. R262-1 et R262-3")).containsExactly("CASF art. R262-1", "CASF art. R262-3");
        assertThat(RuleCoverage.articles("CSS art. L821-1, L821-2 et D821-1"))
                .containsExactly("CSS art. L821-1", "CSS art. L821-2", "CSS art. D821-1");
    }

    @Test
    void referencesOfSeveralCodesSplitOnSemicolons() {
        assertThat(RuleCoverage.articles("CASF art. R262-7 ; CSS art. R843-2")).containsExactly("CASF art. R262-7", "CSS art. R843-2");
        assertThat(RuleCoverage.articles("CASF art. L262-2 ; R262-1")).containsExactly("CASF art. L262-2", "CASF art. R262-1");
    }

    @Test
    void parenthesesAndReferencesWithoutArticles() {
        assertThat(RuleCoverage.articles("CASF art. D214-14 (SMIC net, au 1er janvier)")).containsExactly("CASF art. D214-14 (SMIC net, au 1er janvier)");
        assertThat(RuleCoverage.articles("Décret n° 2022-1694 art. 2")).containsExactly("Décret n° 2022-1694 art. 2");
        assertThat(RuleCoverage.articles("Loi n° 2023-140 du 28 février 2023")).containsExactly("Loi n° 2023-140 du 28 février 2023");
        assertThat(RuleCoverage.articles(null)).isEmpty();
        assertThat(RuleCoverage.articles(" ")).isEmpty();
    }

    @Test
    void theWordPartieIsNotAnArticle() {
        assertThat(RuleCoverage.articles("CSS partie réglementaire")).containsExactly("CSS partie réglementaire");
    }
}
