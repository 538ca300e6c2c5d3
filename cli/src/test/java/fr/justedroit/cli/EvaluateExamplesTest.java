package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code justedroit evaluate} on the bundled example households, as the README's quick start runs it. */
class EvaluateExamplesTest {
    static final Path EXAMPLES = Path.of("..", "examples", "households");

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsTheContractJsonWithReasons() {
        Run r = run("evaluate", EXAMPLES.resolve("couple-2-enfants.json").toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"month\" : \"2025-06\"", "\"benefit\" : \"rsa\"", "\"reasons\"", "\"legalRef\"",
                "\"text\" : \"Le foyer compte 2 adultes et 2 enfants à charge");
    }

    @Test
    void printsReadableTextInEnglish() {
        Run r = run("evaluate", EXAMPLES.resolve("couple-2-enfants.json").toString(), "--format", "text", "--lang", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Month decided: June 2025", "RSA (revenu de solidarité active): not eligible",
                "The household has 2 adults and 2 dependent children under 25.");
    }

    @Test
    void decidesEveryGoodLineOfAJsonLinesBatch() {
        Run r = run("evaluate", EXAMPLES.resolve("batch.jsonl").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"month\":\"2025-06\"").contains("\"amount\":568.94");
        assertThat(lines[1]).startsWith("{\"error\":{\"line\":2").contains("household.persons[1].id", "household.persons[1].birthDate");
        assertThat(lines[2]).startsWith("{\"month\":\"2024-01\"").contains("\"amount\":707.49");
    }

    @Test
    void aMissingFileExitsWith2AndNoStackTrace() {
        Run missing = run("evaluate", "no-such-file.json");
        assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no-such-file.json: no such file").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theViolenceAidExampleIsLawMdV3() {
        Run r = run("evaluate", EXAMPLES.resolve("aide-urgence-violences.json").toString());
        assertThat(r.status()).isZero();
        // CASF D214-13 and D214-14: single with 2 children, own resources 1 200 € in June 2025: 1 163.74 × 0.8, a grant.
        assertThat(r.out()).contains("\"benefit\" : \"violence_aid\"", "\"beneficiary\" : \"sarah\"",
                "\"amount\" : 930.99", "\"form\" : \"grant\"");
    }

    @Test
    void theAahExampleShowsTheDroitDOptionBothWays() {
        Run r = run("evaluate", EXAMPLES.resolve("aah-droit-option.json").toString());
        assertThat(r.status()).isZero();
        // Décret n° 2022-1694 art. 2 (droit d'option): the earner keeps the old calculation, the partner without income switches for good.
        assertThat(r.out()).contains("aah.decision.droit_option.ancien_calcul", "\"individualisedFrom\" : \"2024-06\"",
                "\"conjugalise\"", "\"deconjugalise\"");
    }
}
