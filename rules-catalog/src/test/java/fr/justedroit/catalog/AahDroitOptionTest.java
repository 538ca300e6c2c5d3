package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.Status;
import fr.justedroit.scenario.Scenario;
import fr.justedroit.scenario.ScenarioFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The droit d'option of the AAH (décret n° 2022-1694, art. 2): a decision that compares the two
 * calculations carries both amounts, the one paid and the rule that chose it, in its details and in
 * the sentences of its reasons.
 */
class AahDroitOptionTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();


    /** The couple of OpenFisca-France tests/formulas/aah/aah_couple.yaml (commit a7038ee4): A works (2 000 € a month), B has
     *  no income; both received the AAH before October 2023. */
    private static Request couple(String month, String individualisedSinceOfB) {
        String salaries = List.of("2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10").stream()
                .map(m -> "{\"type\": \"net_social_salary\", \"month\": \"" + m + "\", \"amount\": 2000}")
                .collect(Collectors.joining(", "));
        String json = """
                {"month": "%s", "household": {"persons": [
                  {"id": "a", "role": "applicant", "birthDate": "1985-01-01", "activity": "employed",
                   "disability": {"incapacityRate": 80}, "aah": {"receivingSince": "2020-01-01"},
                   "incomes": [{"type": "taxable_income", "year": 2021, "amount": 21600}, %s]},
                  {"id": "b", "role": "partner", "birthDate": "1986-01-01", "activity": "inactive",
                   "disability": {"incapacityRate": 80},
                   "aah": {"receivingSince": "2020-01-01", "individualisedSince": %s},
                   "incomes": [{"type": "taxable_income", "year": 2021, "amount": 0}]}
                ]}}""".formatted(month, salaries, individualisedSinceOfB == null ? "null" : "\"" + individualisedSinceOfB + "\"");
        return Requests.fromJson(json);
    }

    /** The sentence with ordinary spaces for its no-break ones (these tests read the words and figures). */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
    }

    private static String text(Decision d, Language lang) {
        return d.reasons().stream().map(r -> ENGINE.text(r, lang)).collect(Collectors.joining("\n"));
    }

    private static Reason reason(Decision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void theOldCalculationIsKeptWhileItGivesStrictlyMore() {
        Response response = ENGINE.decide(couple("2023-10", null));
        Decision a = response.decision("aah", "a").orElseThrow();

        assertThat(a.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(a.amount()).isEqualByComparingTo("767.85");
        assertThat(a.details()).containsEntry("calculation", "conjugalise")
                .doesNotContainKey("individualisedFrom");
        assertThat((BigDecimal) a.details().get("conjugalise")).isEqualByComparingTo("767.85");
        assertThat((BigDecimal) a.details().get("deconjugalise")).isEqualByComparingTo("0");

        Reason choice = reason(a, "aah.decision.droit_option.ancien_calcul");
        assertThat(choice.legalRef()).contains("2022-1694");
        String fr = plain(ENGINE.text(choice, Language.FR));
        assertThat(fr).contains("767,85 €", "0,00 €", "strictement plus favorable", "AAH versée : 767,85 €");
        String en = plain(ENGINE.text(choice, Language.EN));
        assertThat(en).contains("€767.85", "€0.00", "strictly more favourable", "AAH paid: €767.85");
        System.out.println("--- A, October 2023\n" + text(a, Language.FR) + "\n" + text(a, Language.EN));
    }

    @Test
    void theSwitchHappensWhenTheNewCalculationIsAtLeastEqualAndIsFinal() {
        Response response = ENGINE.decide(couple("2023-10", null));
        Decision b = response.decision("aah", "b").orElseThrow();

        assertThat(b.amount()).isEqualByComparingTo("971.37");
        assertThat(b.details()).containsEntry("calculation", "deconjugalise")
                .containsEntry("individualisedFrom", "2023-10");
        assertThat((BigDecimal) b.details().get("conjugalise")).isEqualByComparingTo("374.85");
        assertThat((BigDecimal) b.details().get("deconjugalise")).isEqualByComparingTo("971.37");

        String fr = plain(ENGINE.text(reason(b, "aah.decision.droit_option.bascule"), Language.FR));
        assertThat(fr).contains("374,85 €", "971,37 €", "définitivement", "à compter de ce mois, octobre 2023", "aah.individualisedSince");
        System.out.println("--- B, October 2023\n" + text(b, Language.FR) + "\n" + text(b, Language.EN));
    }

    @Test
    void onceTheSwitchIsRecordedOnlyTheNewCalculationIsMade() {
        Response response = ENGINE.decide(couple("2023-11", "2023-10"));
        Decision b = response.decision("aah", "b").orElseThrow();

        assertThat(b.amount()).isEqualByComparingTo("971.37");
        assertThat(b.details()).containsEntry("calculation", "deconjugalise")
                .doesNotContainKeys("conjugalise", "individualisedFrom");
        assertThat(b.hasReasonFrom("aah.droit_option.deja_exerce")).isTrue();
        assertThat(b.hasReasonFrom("aah.montant.conjugalise")).isFalse();
    }

    @Test
    void beforeOctober2023OnlyTheOldCalculationIsMade() {
        Response response = ENGINE.decide(couple("2023-08", null));
        Decision a = response.decision("aah", "a").orElseThrow();
        Decision b = response.decision("aah", "b").orElseThrow();

        assertThat(a.amount()).isEqualByComparingTo("767.85");
        assertThat(b.amount()).isEqualByComparingTo("374.85");
        assertThat(b.details()).containsEntry("calculation", "conjugalise").doesNotContainKey("deconjugalise");
        System.out.println("--- B, August 2023\n" + text(b, Language.FR));
    }

    @Test
    void everyReasonOfEveryAahScenarioHasASentenceInBothLanguages() {
        List<Path> files = ScenarioFiles.find(List.of(Path.of("src/main/resources/justedroit/catalog/aah/scenarios")));
        assertThat(files).isNotEmpty();
        int decisions = 0;
        for (Path file : files) {
            for (Scenario s : ScenarioFiles.read(file)) {
                for (Decision d : ENGINE.decide(s.request()).decisions()) {
                    if (!d.benefit().equals("aah")) {
                        continue;
                    }
                    decisions++;
                    for (Reason r : d.reasons()) {
                        for (Language lang : Language.values()) {
                            assertThat(ENGINE.catalog().hasMessage(r.key(), lang)).as(r.key() + " (" + lang + ")").isTrue();
                            assertThat(ENGINE.text(r, lang)).as(r.key() + " (" + lang + ")").doesNotContain("{");
                        }
                        assertThat(r.legalRef()).as(r.rule()).isNotBlank();
                    }
                }
            }
        }
        assertThat(decisions).isGreaterThanOrEqualTo(30);
    }
}
