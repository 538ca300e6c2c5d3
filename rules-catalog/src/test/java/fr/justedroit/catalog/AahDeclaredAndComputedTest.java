package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An AAH declared as received (an {@code aah} income) and the AAH the rules compute for the month decided
 * (docs/law/common.md, "The AAH declared and the AAH computed"): the RSA and the prime d'activité count
 * the declared amounts of their reference quarter (CASF R262-7, CSS R843-1), their reasons say so, and a
 * reason says when the AAH computed for the month differs; no amount changes.
 */
class AahDeclaredAndComputedTest {
    private static final JusteDroit ENGINE = CatalogEngine.get();

    /** A person alone, inactive, declaring the same AAH in April, May and June 2025, decided for August 2025. */
    private static Response august(String aah, boolean disability) {
        return august("inactive", disability, "- {type: taxable_income, year: 2023, amount: 0}", aah);
    }

    /** Noa, alone, with {@code activity}, the AAH {@code aah} declared for April to June 2025 and {@code more} incomes, in August 2025. */
    private static Response august(String activity, boolean disability, String more, String aah) {
        return ENGINE.decide(Requests.fromYaml("""
                month: 2025-08
                household:
                  persons:
                    - id: noa
                      role: applicant
                      birthDate: 1985-05-05
                      activity: %s
                %s      incomes:
                        - {type: aah, month: 2025-04, amount: %s}
                        - {type: aah, month: 2025-05, amount: %s}
                        - {type: aah, month: 2025-06, amount: %s}
                        %s
                  housing: {status: tenant, housingAid: false}
                """.formatted(activity, disability ? "      disability: {incapacityRate: 80}\n" : "", aah, aah, aah,
                more.replace("\n", "\n        ")), null));
    }

    private static Optional<Reason> reason(Response response, String benefit, String rule) {
        Decision d = response.decision(benefit, "household").orElseThrow();
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst();
    }

    private static String text(Reason r, Language language) {
        return ENGINE.text(r, language).replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
    }

    @Test
    void anAahComputedAsDeclaredAddsNoReasonAndTheResourcesSayWhichOneCounts() {
        // CSS L821-1, D821-2: no resource in 2023, the AAH of August 2025 is the full 1 033.32 (décret
        // n° 2025-297), as declared for April to June (the RSA's quarter of August 2025, M-4 to M-2).
        Response r = august("1033.32", true);
        assertThat(r.decision("aah", "noa").orElseThrow().amount()).isEqualByComparingTo("1033.32");
        assertThat(reason(r, "rsa", "rsa.aah.calculee_differe")).isEmpty();
        Reason counted = reason(r, "rsa", "rsa.ressources.aah").orElseThrow();
        assertThat(text(counted, Language.FR)).contains("l'AAH déclarée comme perçue par noa : avril 2025 : 1 033,32 €")
                .endsWith("(CASF art. R262-7), et non l'AAH que cette réponse calcule pour août 2025.");
        assertThat(text(counted, Language.EN)).endsWith("(CASF art. R262-7), not the AAH this response computes for August 2025.");
    }

    @Test
    void withoutAnAahDecidedTheResourcesSentenceNamesNone() {
        Reason counted = reason(august("1033.32", false), "rsa", "rsa.ressources.aah").orElseThrow();
        assertThat(text(counted, Language.FR)).endsWith("au mois où elle a été versée (CASF art. R262-7).");
        assertThat(text(counted, Language.EN)).endsWith("in the month it was paid (CASF art. R262-7).");
    }

    @Test
    void anAahComputedOtherThanDeclaredIsSaidAndChangesNoAmount() {
        // 900 declared each month, 1 033.32 computed for August 2025: the RSA counts 900 a month, more than
        // its montant forfaitaire of 646.52 (décret n° 2025-293) less the forfait logement: no RSA, with or
        // without the computed AAH in the response.
        Response r = august("900", true);
        Reason differs = reason(r, "rsa", "rsa.aah.calculee_differe").orElseThrow();
        assertThat(text(differs, Language.FR)).startsWith("L'AAH que cette réponse calcule pour noa en août 2025, 1 033,32 €,"
                + " diffère de l'AAH déclarée comme perçue (avril 2025 : 900,00 € ; mai 2025 : 900,00 € ; juin 2025 : 900,00 €).")
                .endsWith("le montant du RSA n'en est pas changé.");
        assertThat(text(differs, Language.EN)).startsWith("The AAH this response computes for noa for August 2025, €1,033.32,"
                + " differs from the AAH declared as received (April 2025: €900.00; May 2025: €900.00; June 2025: €900.00).");
        Response withoutAah = august("900", false);
        assertThat(r.decision("rsa", "household").orElseThrow().status())
                .isEqualTo(withoutAah.decision("rsa", "household").orElseThrow().status());
        assertThat(r.decision("rsa", "household").orElseThrow().amount())
                .isEqualByComparingTo(withoutAah.decision("rsa", "household").orElseThrow().amount());
    }

    @Test
    void noAahComputedWhileOneIsDeclaredIsSaidInWords() {
        // AAH of August 2025 (CSS R821-4-1, D821-9 2°): quarter May-July 2025, 3 000 € earned a month, counted
        // 0.2 × 540.55 + 0.6 × (3 000 − 540.55) = 1 583.78 a month, above the 1 033.32 of a person alone
        // (D821-2): no AAH to pay for August 2025, while 900 € is declared as received in April to June.
        Response r = august("employed", true, """
                - {type: net_social_salary, month: 2025-05, amount: 3000}
                - {type: net_social_salary, month: 2025-06, amount: 3000}
                - {type: net_social_salary, month: 2025-07, amount: 3000}""", "900");
        assertThat(r.decision("aah", "noa").orElseThrow().amount()).isEqualByComparingTo("0");
        Reason differs = reason(r, "rsa", "rsa.aah.calculee_differe").orElseThrow();
        assertThat(text(differs, Language.FR)).startsWith("Cette réponse ne calcule aucune AAH à verser à noa pour août 2025,"
                + " alors qu'une AAH est déclarée comme perçue (avril 2025 : 900,00 €");
        assertThat(text(differs, Language.EN)).startsWith("This response computes no AAH payable to noa for August 2025,"
                + " while an AAH is declared as received (April 2025: €900.00");
    }
}
