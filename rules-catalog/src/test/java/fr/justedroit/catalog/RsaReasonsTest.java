package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Status;
import org.junit.jupiter.api.Test;

/**
 * The RSA's reasons say what a claimant needs to read: the month in which the majoration pour isolement
 * ends (CASF R262-2: twelve months from the isolation, prolonged until the youngest child is three), and
 * which member of a couple fails which condition (CASF L262-4, L262-5). Each end month is checked against
 * the decisions of that month and the next, so that the sentence and the rules say the same thing.
 */
class RsaReasonsTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    private static Decision rsa(String month, String persons, String since) {
        String yaml = "month: " + month + "\nhousehold:\n  persons:\n" + persons
                + "  housing: {status: homeless, housingAid: false}\n" + (since == null ? "" : "  singleParentSince: " + since + "\n");
        return ENGINE.decide(Requests.fromYaml(yaml, null)).decision("rsa", "household").orElseThrow();
    }

    private static String text(Decision d, String rule, Language language) {
        Reason reason = d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(
                () -> new AssertionError("no reason " + rule + " in " + d.reasons()));
        return ENGINE.text(reason, language).replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
    }

    private static boolean majore(Decision d) {
        return d.reasons().stream().anyMatch(r -> r.rule().equals("rsa.montant_forfaitaire_majore"));
    }

    private static final String MOTHER_AND_BABY = """
                - {id: ana, role: applicant, birthDate: 1990-04-04, activity: inactive}
                - {id: eli, role: child, birthDate: 2023-09-15}
            """;

    @Test
    void theMajorationOfAYoungChildEndsInTheMonthTheChildTurnsThree() {
        // Born 2023-09-15: under three on 1 September 2026, three on 1 October 2026; the isolation of January
        // 2025 gives twelve months to December 2025, earlier: the majoration ends in September 2026.
        Decision d = rsa("2025-06", MOTHER_AND_BABY, "2025-01-15");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.FR)).startsWith("Parent isolé d'un enfant de moins de 3 ans")
                .contains("La majoration est due jusqu'en septembre 2026 inclus");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.EN)).contains("The increase is due up to and including September 2026");
        assertThat(majore(rsa("2026-09", MOTHER_AND_BABY, "2025-01-15"))).as("September 2026").isTrue();
        assertThat(majore(rsa("2026-10", MOTHER_AND_BABY, "2025-01-15"))).as("October 2026").isFalse();
    }

    private static final String MOTHER_AND_CHILD_OF_TWO = """
                - {id: ana, role: applicant, birthDate: 1990-04-04, activity: inactive}
                - {id: eli, role: child, birthDate: 2022-08-01}
            """;

    @Test
    void twelveMonthsFromTheIsolationWhenTheChildTurnsThreeEarlier() {
        // Born 2022-08-01: three on 1 August 2025 (so under three on the first day of July 2025 only); the
        // isolation of March 2025 gives twelve months, March 2025 to February 2026: the later end.
        Decision d = rsa("2025-06", MOTHER_AND_CHILD_OF_TWO, "2025-03-10");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.FR)).contains("jusqu'en février 2026 inclus");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.EN)).contains("up to and including February 2026");
        Decision august = rsa("2025-08", MOTHER_AND_CHILD_OF_TWO, "2025-03-10");
        assertThat(text(august, "rsa.montant_forfaitaire_majore", Language.FR)).startsWith("Parent isolé depuis moins de 12 mois")
                .contains("jusqu'en février 2026 inclus");
        assertThat(majore(rsa("2026-02", MOTHER_AND_CHILD_OF_TWO, "2025-03-10"))).as("February 2026").isTrue();
        assertThat(majore(rsa("2026-03", MOTHER_AND_CHILD_OF_TWO, "2025-03-10"))).as("March 2026").isFalse();
    }

    @Test
    void aPregnancysMajorationGoesOnAfterTheBirth() {
        Decision d = rsa("2025-06", "    - {id: zoe, role: applicant, birthDate: 1999-01-01, activity: inactive, pregnant: true}\n", "2025-03-01");
        assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
        // CASF R262-1 2e al.: 646.52 × 128.412 % = 830.21 (Lefebvre-Dalloz barème RSA 2025: "femme enceinte 830,21 €").
        assertThat(d.amount()).isEqualByComparingTo("830.21");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.FR)).startsWith("Femme enceinte isolée")
                .contains("pendant la grossesse, puis jusqu'au mois où l'enfant atteint 3 ans");
        assertThat(text(d, "rsa.montant_forfaitaire_majore", Language.EN)).startsWith("Isolated pregnant woman");
    }

    @Test
    void aCoupleWhereNeitherMemberMeetsBothConditionsIsToldWhoFailsWhich() {
        Decision d = rsa("2025-06", """
                    - {id: tom, role: applicant, birthDate: 2004-01-10, activity: unemployed}
                    - {id: eva, role: partner, birthDate: 1978-02-02, activity: student}
                """, null);
        assertThat(d.status()).isEqualTo(Status.INELIGIBLE);
        assertThat(text(d, "rsa.condition_beneficiaire", Language.FR))
                .contains("eva a l'âge requis mais est étudiant, tom n'est pas étudiant mais n'a que 21 ans");
        assertThat(text(d, "rsa.condition_beneficiaire", Language.EN)).contains("eva is old enough but a student, tom is not a student but only 21");
        Decision young = rsa("2025-06", """
                    - {id: tom, role: applicant, birthDate: 2003-01-10, activity: unemployed}
                    - {id: eva, role: partner, birthDate: 2002-02-02, activity: inactive}
                """, null);
        assertThat(text(young, "rsa.condition_age", Language.FR)).startsWith("Les deux membres du couple ont moins de 25 ans (le plus âgé a 23 ans)");
    }

    /**
     * The neutralisation (CASF R262-13) says whose activity stopped, on which date, and which amounts are left out;
     * with a replacement income, that they are counted. Homeless without aid: no forfait logement, so the amount
     * is the montant forfaitaire (646.52, CASF R262-1 from April 2025) less what is counted.
     */
    @Test
    void theNeutralisationSaysWhoseIncomeIsLeftOutAndWhy() {
        String nora = """
                    - id: nora
                      role: applicant
                      birthDate: 1988-02-02
                      activityStop: {date: 2025-04-15, replacementIncome: %s}
                      incomes:
                        - {type: net_social_salary, month: 2025-02, amount: 900}
                        - {type: net_social_salary, month: 2025-03, amount: 900}
                        - {type: net_social_salary, month: 2025-04, amount: 450}
                        - {type: alimony_received, month: 2025-03, amount: 150}
                """;
        Decision without = rsa("2025-06", nora.formatted("false"), null);
        // Only the alimony is counted: 150 / 3 = 50 ; 646.52 − 50 = 596.52.
        assertThat(without.amount()).isEqualByComparingTo("596.52");
        assertThat(text(without, "rsa.ressources.neutralisation", Language.FR))
                .contains("L'activité de nora a cessé le 15 avril 2025 sans droit à un revenu de substitution")
                .contains("février 2025 : 900,00 € ; mars 2025 : 900,00 € ; avril 2025 : 450,00 €");
        assertThat(text(without, "rsa.ressources.neutralisation", Language.EN))
                .contains("nora's activity stopped on 15 April 2025 without a right to a replacement income");
        Decision with = rsa("2025-06", nora.formatted("true"), null);
        assertThat(with.status()).isEqualTo(Status.INELIGIBLE);
        assertThat(text(with, "rsa.ressources.cessation_avec_revenu_de_substitution", Language.FR))
                .contains("avec droit à un revenu de substitution : ses revenus professionnels restent comptés");
        assertThat(with.reasons()).noneMatch(r -> r.rule().equals("rsa.ressources.neutralisation"));
    }

    @Test
    void eachYoungMemberWithTheHoursIsNamedWhateverTheIds() {
        // CASF L262-7-1 and D262-25-1 (3 214 hours): both members of 22 and 23 meet the derogation; each is named,
        // so that renaming them (zoe before or after theo) changes no reason.
        for (String[] ids : new String[][] {{"ana", "theo"}, {"zoe", "theo"}}) {
            Decision d = rsa("2025-06", "    - {id: " + ids[0] + ", role: applicant, birthDate: 2003-03-03, activity: unemployed,"
                    + " priorWork: {hours: 3300}}\n    - {id: " + ids[1] + ", role: partner, birthDate: 2002-01-15,"
                    + " activity: unemployed, priorWork: {hours: 3400}}\n", null);
            assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
            assertThat(d.reasons().stream().filter(r -> r.rule().equals("rsa.condition_jeune_actif"))
                    .map(r -> r.args().get("person") + " " + r.args().get("hours")).sorted().toList())
                    .as("members %s", java.util.Arrays.toString(ids))
                    .containsExactlyInAnyOrder(ids[0] + " 3300", ids[1] + " 3400");
        }
    }
}
