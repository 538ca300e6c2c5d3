package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.rules.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Phrasebook phrasebook = Phrasebook.read(Map.of(
            "x/messages_fr.properties", String.join("\n",
                    "x.montant=Le montant de {mois} est de {montant} ({taux}).",
                    "x.foyer=Le foyer compte {adults, plural, one {un adulte} other {# adultes}} et {children, plural, =0 {aucun enfant} one {un enfant} other {# enfants}}.",
                    "x.personne=Revenus {person_elision, select, vowel {d'{person}} other {de {person}}} en {month} ; mois {month_elision, select, vowel {d'{month}} other {de {month}}}.",
                    "x.date=Depuis le {date}.",
                    "x.solde={diff_sign, select, negative {les ressources dépassent le montant forfaitaire de {diff_abs}} other {reste {diff}}}.",
                    "x.age=L'aide est ouverte à partir de {$x.age_minimum} ans, depuis le {$x.age_minimum@since} ; taux de {$x.taux}, base {$x.base}.",
                    "x.rang=Le {rank, selectordinal, one {#er} other {#e}} mois.",
                    ""),
            "x/messages_en.properties", String.join("\n",
                    "x.montant=The amount for {mois} is {montant} ({taux}).",
                    "x.foyer=The household has {adults, plural, one {one adult} other {# adults}} and {children, plural, =0 {no child} one {one child} other {# children}}.",
                    "x.date=Since {date}.",
                    "x.rang=The {rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} month.",
                    "")),
            Map.of("x.age_minimum", "years", "x.taux", "rate", "x.base", "euros"), problems);

    private static Reason reason(String key, Object... nameValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            args.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new Reason(key, "CASF", key, args, List.of());
    }

    @Test
    void formatsAmountsRatesAndMonthsPerLanguageWithNoBreakSpaces() {
        assertThat(problems).isEmpty();
        Reason r = reason("x.montant", "mois", YearMonth.of(2025, 6), "montant", new BigDecimal("1357.7"),
                "taux", new Rate(new BigDecimal("0.5985")));
        assertThat(phrasebook.text(r, Language.FR))
                .isEqualTo("Le montant de juin" + NBSP + "2025 est de 1" + NNBSP + "357,70" + NBSP + "€ (59,85" + NNBSP + "%).");
        assertThat(phrasebook.text(r, Language.EN)).isEqualTo("The amount for June" + NBSP + "2025 is €1,357.70 (59.85%).");
    }

    @Test
    void pluralsInWords() {
        assertThat(phrasebook.text(reason("x.foyer", "adults", 1, "children", 0), Language.FR)).isEqualTo("Le foyer compte un adulte et aucun enfant.");
        assertThat(phrasebook.text(reason("x.foyer", "adults", 2, "children", 1), Language.FR)).isEqualTo("Le foyer compte 2 adultes et un enfant.");
        assertThat(phrasebook.text(reason("x.foyer", "adults", 2, "children", 3), Language.EN)).isEqualTo("The household has 2 adults and 3 children.");
        assertThat(phrasebook.text(reason("x.foyer", "adults", 1, "children", 0), Language.EN)).isEqualTo("The household has one adult and no child.");
    }

    @Test
    void elisionBeforeVowelsOfNamesAndMonths() {
        assertThat(phrasebook.text(reason("x.personne", "person", "alice", "month", YearMonth.of(2025, 4)), Language.FR))
                .isEqualTo("Revenus d’alice en avril" + NBSP + "2025" + NNBSP + "; mois d’avril" + NBSP + "2025.");
        assertThat(phrasebook.text(reason("x.personne", "person", "bruno", "month", YearMonth.of(2025, 8)), Language.FR))
                .startsWith("Revenus de bruno").endsWith("mois d’août" + NBSP + "2025.");
        assertThat(phrasebook.text(reason("x.personne", "person", "Hélène", "month", YearMonth.of(2025, 5)), Language.FR))
                .startsWith("Revenus d’Hélène").endsWith("mois de mai" + NBSP + "2025.");
    }

    @Test
    void theFirstOfTheMonthIsAnOrdinalInFrench() {
        assertThat(phrasebook.text(reason("x.date", "date", LocalDate.of(2023, 12, 1)), Language.FR))
                .isEqualTo("Depuis le 1er" + NBSP + "décembre" + NBSP + "2023.");
        assertThat(phrasebook.text(reason("x.date", "date", LocalDate.of(2023, 12, 2)), Language.FR))
                .isEqualTo("Depuis le 2" + NBSP + "décembre" + NBSP + "2023.");
        assertThat(phrasebook.text(reason("x.date", "date", LocalDate.of(2023, 12, 1)), Language.EN))
                .isEqualTo("Since 1" + NBSP + "December" + NBSP + "2023.");
        assertThat(phrasebook.text(reason("x.rang", "rank", 1), Language.FR)).isEqualTo("Le 1er mois.");
        assertThat(phrasebook.text(reason("x.rang", "rank", 3), Language.FR)).isEqualTo("Le 3e mois.");
        assertThat(phrasebook.text(reason("x.rang", "rank", 3), Language.EN)).isEqualTo("The 3rd month.");
    }

    @Test
    void aNegativeDifferenceIsSaidInWords() {
        assertThat(phrasebook.text(reason("x.solde", "diff", new BigDecimal("-198")), Language.FR))
                .isEqualTo("les ressources dépassent le montant forfaitaire de 198,00" + NBSP + "€.");
        assertThat(phrasebook.text(reason("x.solde", "diff", new BigDecimal("12.5")), Language.FR))
                .isEqualTo("reste 12,50" + NBSP + "€.");
    }

    @Test
    void citedParametersAreFormattedByTheirUnit() {
        Reason r = new Reason("x.age", "CASF", "x.age", Map.of(), List.of(
                new ParameterValue("x.age_minimum", new BigDecimal("25"), LocalDate.of(2009, 6, 1), "CASF art. L262-4"),
                new ParameterValue("x.taux", new BigDecimal("0.3"), LocalDate.of(2009, 6, 1), "CASF"),
                new ParameterValue("x.base", new BigDecimal("1234.5"), LocalDate.of(2009, 6, 1), "CASF")));
        assertThat(phrasebook.text(r, Language.FR)).isEqualTo("L’aide est ouverte à partir de 25 ans, depuis le 1er" + NBSP + "juin"
                + NBSP + "2009" + NNBSP + "; taux de 30" + NNBSP + "%, base 1" + NNBSP + "234,50" + NBSP + "€.");
    }

    @Test
    void anUncitedParameterShowsItsPlaceholderNotAFigure() {
        assertThat(phrasebook.text(reason("x.age"), Language.FR)).contains("{$x.age_minimum}");
    }

    @Test
    void aMalformedSentenceIsALoadProblemWithItsLine() {
        List<LoadProblem> found = new ArrayList<>();
        Phrasebook.read(Map.of("y/messages_fr.properties", "# c\ny.ok=Bien.\ny.ko=Il manque {une accolade.\ny.num=Numéro {0}.\ny.p=Le {$Pas bon}.\n"), found);
        assertThat(found).extracting(LoadProblem::key).containsExactlyInAnyOrder("y.ko", "y.num", "y.p");
        assertThat(found).filteredOn(p -> p.key().equals("y.ko")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void aMissingSentenceStillShowsTheStep() {
        Reason r = new Reason("y.autre", null, "y.autre", Map.of("n", 3), List.of());
        assertThat(phrasebook.text(r, Language.FR)).isEqualTo("y.autre (n=3)");
        assertThat(phrasebook.has("y.autre", Language.FR)).isFalse();
    }
}
