package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.LegalLink;
import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import fr.justedroit.RuleInfo;
import fr.justedroit.internal.LegalTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every article and text the catalog cites (a rule's {@code @legalRef}, a parameter's source, a
 * sentence) links to its own page on Légifrance: a LEGIARTI id for an article, a JORFTEXT id for a
 * decree or a law. The ids not confirmed from a source yet are listed here, by name, so that a new
 * citation without its id fails this test and a confirmed id is removed from the list.
 */
class LegalTextsCoverageTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    /** Cited, but no source this project uses gave their Légifrance id yet (see common/legal_texts.yaml). */
    private static final Set<String> NOT_CONFIRMED = new TreeSet<>(List.of(
            "CASF art. L214-9", "CASF art. L214-10", "CASF art. L214-12", "CASF art. L214-14",
            "CASF art. D214-11", "CASF art. D214-12", "CASF art. D214-13", "CASF art. D214-14", "CASF art. D214-15",
            "CASF art. D214-16",
            "CASF art. L262-7-1", "CASF art. D262-25-1",
            "CASF art. R262-10", "CASF art. R262-18",
            "CSS art. L821-6", "CSS art. D821-1-2", "CSS art. D821-5", "CSS art. D821-8-1",
            "CSS art. R821-4-1", "CSS art. R821-4-3", "CSS art. R821-4-4",
            "CSS art. L841-1", "CSS art. L842-7", "CSS art. R842-2", "CSS art. R842-3", "CSS art. R843-1", "CSS art. R843-2",
            "CSS art. R845-1",
            "Loi n° 2023-140", "Loi n° 2023-270", "Loi n° 2025-1403",
            "Décret n° 2010-961", "Décret n° 2011-2034", "Décret n° 2022-1694", "Décret n° 2023-340", "Décret n° 2023-343", "Décret n° 2023-360",
            "Décret n° 2023-1088", "Décret n° 2023-1216", "Décret n° 2023-1378", "Décret n° 2024-396", "Décret n° 2024-397",
            "Décret n° 2024-403", "Décret n° 2025-185", "Décret n° 2025-292", "Décret n° 2025-478"));

    @Test
    void everyCitedArticleHasItsOwnLink() {
        LegalTexts table = table();
        Map<String, String> withoutId = new TreeMap<>();
        for (Map.Entry<String, String> cited : citations(table).entrySet()) {
            List<LegalLink> links = table.links(cited.getKey());
            assertThat(links).as("%s, cited by %s, is in common/legal_texts.yaml", cited.getKey(), cited.getValue()).hasSize(1);
            String url = links.get(0).url();
            if (url == null || url.contains("/texte_lc/")) {
                withoutId.put(cited.getKey(), cited.getValue());
            }
        }
        assertThat(withoutId.keySet())
                .as("cited without a LEGIARTI or JORFTEXT id (by %s): find the id, or list it as not confirmed", withoutId)
                .isSubsetOf(NOT_CONFIRMED);
        assertThat(NOT_CONFIRMED).as("listed as not confirmed, but cited with an id or not cited at all")
                .isSubsetOf(withoutId.keySet());
    }

    @Test
    void anArticleNamedWithItsIdLinksToThatArticle() {
        // CSS art. D821-3, LEGIARTI000019505277, as OpenFisca-France cites "Article D821-3 du Code de la Sécurité Sociale";
        // L821-1-2, LEGIARTI000042685659 (legal.tricoteuses.fr).
        assertThat(table().links("CSS art. L821-1-2 et D821-3")).extracting(LegalLink::url).containsExactly(
                "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042685659",
                "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019505277");
    }

    private static LegalTexts table() {
        List<LoadProblem> problems = new ArrayList<>();
        LegalTexts table = LegalTexts.empty();
        for (Map.Entry<String, String> f : ENGINE.catalog().messageFiles().entrySet()) {
            if (f.getKey().endsWith(LegalTexts.FILE_NAME)) {
                table = table.plus(LegalTexts.read(f.getKey(), f.getValue(), problems));
            }
        }
        assertThat(problems).isEmpty();
        return table;
    }

    /** Each article or text cited, with one place that cites it. */
    private static Map<String, String> citations(LegalTexts table) {
        Map<String, String> cited = new TreeMap<>();
        for (RuleInfo rule : ENGINE.catalog().rules()) {
            table.citations(rule.legalRef()).forEach(c -> cited.putIfAbsent(c.ref(), "rule " + rule.name()));
        }
        ENGINE.catalog().parameterTimelines().forEach((id, timeline) -> {
            for (ParameterValue v : timeline.values()) {
                if (v != null && v.source() != null) {
                    table.citations(v.source()).forEach(c -> cited.putIfAbsent(c.ref(), "parameter " + id));
                }
            }
        });
        ENGINE.catalog().messageFiles().forEach((file, text) -> {
            if (file.endsWith(".properties")) {
                for (String line : text.split("\\R")) {
                    if (!line.startsWith("#") && line.contains("=")) {
                        table.citations(line.substring(line.indexOf('=') + 1)).forEach(c -> cited.putIfAbsent(c.ref(), file));
                    }
                }
            }
        });
        assertThat(cited).as("the catalog cites articles").hasSizeGreaterThan(50);
        return cited;
    }
}
