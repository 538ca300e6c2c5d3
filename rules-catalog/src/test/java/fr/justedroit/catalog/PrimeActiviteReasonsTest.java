package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.Decision;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.rules.MonthAmount;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The prime d'activité's reasons read as a caseworker explains the amount: each term of each
 * montant intermédiaire with its value, the montant net social of each month, and a sentence in both
 * languages for every step. Also checks that the RSA and the prime d'activité read one quarter.
 */
class PrimeActiviteReasonsTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    private static Decision ppa(String yaml) {
        Response response = ENGINE.decide(Requests.fromYaml(yaml, null));
        return response.decision("prime_activite", "household").orElseThrow();
    }

    private static List<String> texts(Decision d, Language lang) {
        return d.reasons().stream().map(r -> plain(ENGINE.text(r, lang))).collect(Collectors.toList());
    }

    /** The sentence with ordinary spaces for its no-break ones (these tests read the words and figures). */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
    }

    private static final String P1_APRIL_2025 = """
            month: 2025-04
            household:
              persons:
                - id: camille
                  role: applicant
                  birthDate: 1990-04-10
                  activity: employed
                  incomes:
                    - {type: net_social_salary, month: 2024-12, amount: 1500}
                    - {type: net_social_salary, month: 2025-01, amount: 1500}
                    - {type: net_social_salary, month: 2025-02, amount: 1500}
              housing: {status: tenant, housingAid: false}
            """;

    @Test
    void eachMonthShowsEveryTermOfTheFormula() {
        Decision d = ppa(P1_APRIL_2025);
        assertThat(d.amount()).isEqualByComparingTo("215.23");
        assertThat(texts(d, Language.FR)).contains(
                "Mois de décembre 2024 : 633,21 € de montant forfaitaire + 897,75 € (59,85 % des 1 500,00 € de revenus "
                        + "professionnels) + 184,27 € de bonifications individuelles − 1 500,00 € de ressources (1 500,00 € perçus "
                        + "+ 0,00 € de forfait logement) = 215,23 €.",
                "Prime d'activité calculée : moyenne des trois montants intermédiaires (décembre 2024 : 215,23 € ; "
                        + "janvier 2025 : 215,23 € ; février 2025 : 215,23 €), soit 645,69 € ÷ 3 = 215,23 €.",
                "Prime d'activité versée pour avril 2025 : 215,23 €.");
        assertThat(String.join("\n", texts(d, Language.FR)))
                .contains("Montant net social des bulletins de paie de camille, tous employeurs additionnés : "
                        + "décembre 2024 : 1 500,00 € ; janvier 2025 : 1 500,00 € ; février 2025 : 1 500,00 €.")
                .contains("Bonification individuelle de camille : décembre 2024 : 184,27 €")
                .contains("1 425,60 € (120 fois le SMIC horaire brut)")
                .contains("au mois du droit (avril 2025)");
    }

    /**
     * The contract holds one entry per income type and month: the payslips of several employers are
     * added up by the caller (CSS R844-1 counts the month's montant net social, all employers together),
     * and two entries for one month are refused, naming both, rather than summed silently.
     */
    @Test
    void paySlipsOfSeveralEmployersAreOneEntryAMonthAndTwoEntriesAreRefused() {
        String twoEmployers = """
                month: 2024-06
                household:
                  persons:
                    - id: alex
                      role: applicant
                      birthDate: 1985-05-05
                      incomes:
                        - {type: net_social_salary, month: 2024-03, amount: 600}
                        - {type: net_social_salary, month: 2024-03, amount: 400}
                        - {type: net_social_salary, month: 2024-04, amount: 1000}
                        - {type: net_social_salary, month: 2024-05, amount: 1000}
                  housing: {status: tenant, housingAid: false}
                """;
        assertThatThrownBy(() -> ppa(twoEmployers)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("household.persons[0].incomes[1]").hasMessageContaining("household.persons[0].incomes[0]");

        Decision d = ppa(twoEmployers.replace("""
                        - {type: net_social_salary, month: 2024-03, amount: 600}
                        - {type: net_social_salary, month: 2024-03, amount: 400}
                """, """
                        - {type: net_social_salary, month: 2024-03, amount: 1000}
                """));
        assertThat(d.amount()).isEqualByComparingTo("312.34");
        assertThat(texts(d, Language.FR)).contains("Montant net social des bulletins de paie d'alex, tous employeurs "
                + "additionnés : mars 2024 : 1 000,00 € ; avril 2024 : 1 000,00 € ; mai 2024 : 1 000,00 €.");
    }

    @Test
    void salariesBefore2024AreDeclaredNetSalariesAndFromJanuary2024MontantsNetsSociaux() {
        Decision d = ppa("""
                month: 2024-02
                household:
                  persons:
                    - id: alex
                      role: applicant
                      birthDate: 1985-05-05
                      incomes:
                        - {type: net_social_salary, month: 2023-11, amount: 1000}
                        - {type: net_social_salary, month: 2023-12, amount: 1000}
                        - {type: net_social_salary, month: 2024-01, amount: 1000}
                  housing: {status: tenant, housingAid: false}
                """);
        Reason earnings = d.reasons().stream().filter(r -> r.rule().equals("prime_activite.revenus_professionnels"))
                .findFirst().orElseThrow();
        assertThat(earnings.key()).isEqualTo("prime_activite.revenus_professionnels.mixte");
        assertThat(plain(ENGINE.text(earnings, Language.FR))).isEqualTo("Salaires d'alex, tous employeurs additionnés : "
                + "salaire net déclaré pour novembre 2023 : 1 000,00 € ; décembre 2023 : 1 000,00 € ; montant net social "
                + "des bulletins de paie, la référence depuis le 1er janvier 2024, pour janvier 2024 : 1 000,00 €.");
        assertThat(earnings.parameters()).extracting(p -> p.id()).contains("commun.montant_net_social.reference");
    }

    @Test
    void aNegativeMonthAndTheFloorOfTheMontantForfaitaireAreSaidInWords() {
        Decision d = ppa("""
                month: 2025-06
                household:
                  persons:
                    - id: alex
                      role: applicant
                      birthDate: 1985-05-05
                      incomes:
                        - {type: net_social_salary, month: 2025-02, amount: 3000}
                        - {type: net_social_salary, month: 2025-03, amount: 300}
                        - {type: net_social_salary, month: 2025-04, amount: 300}
                  housing: {status: tenant, housingAid: false}
                """);
        List<String> fr = texts(d, Language.FR);
        assertThat(fr).contains("Mois de février 2025 : les ressources déduites, 3 000,00 € (3 000,00 € perçus + 0,00 € de "
                + "forfait logement), dépassent de 387,02 € la somme du montant forfaitaire (633,21 €), de 1 795,50 € "
                + "(59,85 % des 3 000,00 € de revenus professionnels) et de 184,27 € de bonifications individuelles : "
                + "le montant intermédiaire du mois est nul.");
        assertThat(fr).anyMatch(t -> t.startsWith("Mois de mars 2025 : 633,21 € de montant forfaitaire + 179,55 €")
                && t.contains("sont inférieures au montant forfaitaire") && t.endsWith("= 179,55 €."));
        // (0 + 179.55 + 179.55) / 3
        assertThat(d.amount()).isEqualByComparingTo("119.70");
    }

    @Test
    void everyStepHasASentenceInBothLanguages() {
        for (String yaml : List.of(P1_APRIL_2025, """
                month: 2024-02
                household:
                  persons:
                    - id: sam
                      role: applicant
                      birthDate: 1988-03-03
                      activity: student
                      incomes:
                        - {type: net_social_salary, month: 2023-11, amount: 600}
                        - {type: self_employment, month: 2023-12, amount: 900}
                        - {type: net_social_salary, month: 2024-01, amount: 1000}
                        - {type: aah, month: 2024-01, amount: 300}
                        - {type: aah, month: 2023-11, amount: 300}
                        - {type: unemployment_benefit, month: 2023-12, amount: 100}
                    - {id: lou, role: child, birthDate: 2022-09-01}
                  housing: {status: owner, housingAid: false}
                  singleParentSince: 2023-06-01
                """, """
                month: 2025-06
                household:
                  persons:
                    - {id: a, role: applicant, birthDate: 2008-01-01}
                  housing: {status: tenant, housingAid: true, housingAidAmount: 20}
                """)) {
            Decision d = ppa(yaml);
            assertThat(d.reasons()).isNotEmpty();
            for (Reason r : d.reasons()) {
                for (Language lang : Language.values()) {
                    String text = ENGINE.text(r, lang);
                    assertThat(text).as(r.key() + " in " + lang).doesNotStartWith(r.key()).doesNotContain("{");
                }
                assertThat(r.legalRef()).as(r.rule()).isNotBlank();
            }
        }
    }

    @Test
    void theRsaAndThePrimeDActiviteReadTheSameQuarter() {
        for (String month : List.of("2025-02", "2025-03", "2026-06")) {
            Response response = ENGINE.decide(Requests.fromYaml("""
                    household:
                      persons:
                        - {id: max, role: applicant, birthDate: 1975-01-01}
                      housing: {status: tenant, housingAid: false}
                    """, YearMonth.parse(month)));
            Reason rsa = response.decision("rsa", "household").orElseThrow().reasons().stream()
                    .filter(r -> r.rule().equals("rsa.ressources")).findFirst().orElseThrow();
            Reason ppa = response.decision("prime_activite", "household").orElseThrow().reasons().stream()
                    .filter(r -> r.rule().equals("prime_activite.trimestre_reference")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            List<MonthAmount> rsaMonths = (List<MonthAmount>) rsa.args().get("months");
            assertThat(ppa.args().get("first")).isEqualTo(rsaMonths.get(0).month());
            assertThat(ppa.args().get("last")).isEqualTo(rsaMonths.get(2).month());
        }
    }

    /** A single parent earning 1 000 € every month from January 2025 to December 2026, decided for {@code month}. */
    private static Decision singleParent(String month, String childBirth, String since) {
        StringBuilder incomes = new StringBuilder();
        for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            incomes.append("            - {type: net_social_salary, month: ").append(m).append(", amount: 1000}\n");
        }
        return ppa("""
                month: %s
                household:
                  persons:
                    - id: ana
                      role: applicant
                      birthDate: 1990-04-04
                      activity: employed
                      incomes:
                %s    - {id: eli, role: child, birthDate: %s}
                  housing: {status: tenant, housingAid: false}
                  singleParentSince: %s
                """.formatted(month, incomes, childBirth, since));
    }

    private static String majoration(Decision d, Language lang) {
        return d.reasons().stream().filter(r -> r.rule().equals("prime_activite.montant_forfaitaire_majore"))
                .map(r -> plain(ENGINE.text(r, lang))).findFirst().orElse(null);
    }

    @Test
    void theMajorationPourIsolementSaysTheMonthItEnds() {
        // CSS L842-7 and the period of CASF R262-2 (common.drl, IsolementPeriod): born 2023-09-15, the child is
        // under three on 1 September 2026 and three on 1 October 2026; the isolation of January 2025 gives twelve
        // months, to December 2025, earlier: the majoration ends in September 2026.
        assertThat(majoration(singleParent("2025-06", "2023-09-15", "2025-01-15"), Language.FR))
                .startsWith("Parent isolé d'un enfant de moins de 3 ans")
                .contains("La majoration est due jusqu'en septembre 2026 inclus").endsWith("(CSS art. L842-7).");
        assertThat(majoration(singleParent("2025-06", "2023-09-15", "2025-01-15"), Language.EN))
                .contains("The increase is due up to and including September 2026").endsWith("(CSS art. L842-7).");
        assertThat(majoration(singleParent("2026-09", "2023-09-15", "2025-01-15"), Language.FR)).as("September 2026").isNotNull();
        assertThat(majoration(singleParent("2026-10", "2023-09-15", "2025-01-15"), Language.FR)).as("October 2026").isNull();
        // Born 2022-08-01 (three in August 2025), isolated in March 2025: twelve months, to February 2026.
        assertThat(majoration(singleParent("2025-08", "2022-08-01", "2025-03-10"), Language.FR))
                .startsWith("Parent isolé depuis moins de 12 mois").contains("jusqu'en février 2026 inclus");
        assertThat(majoration(singleParent("2025-08", "2022-08-01", "2025-03-10"), Language.EN))
                .contains("up to and including February 2026");
        assertThat(majoration(singleParent("2026-02", "2022-08-01", "2025-03-10"), Language.FR)).as("February 2026").isNotNull();
        assertThat(majoration(singleParent("2026-03", "2022-08-01", "2025-03-10"), Language.FR)).as("March 2026").isNull();
    }
}
