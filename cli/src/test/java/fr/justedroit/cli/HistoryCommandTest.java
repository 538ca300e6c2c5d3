package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code justedroit history}: the bundled timelines, as JSON and as a statement, and bad timelines. */
class HistoryCommandTest {
    static final Path TIMELINES = Path.of("..", "examples", "timelines");

    @Test
    void printsTheMonthsAndTotalsAsJson() {
        Cli r = Cli.run("history", TIMELINES.resolve("mois-prescrits.yaml").toString());
        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        // RSA 2023: 9 recoverable months × 300.00 of indu, 3 prescribed (checked by hand in HistoryExamplesTest).
        assertThat(r.out()).contains("\"months\"", "\"month\" : \"2023-01\"", "\"kind\" : \"indu\"", "\"recoverable\" : false",
                "\"indus\" : 2700.00", "\"prescribed\" : 900.00");
    }

    @Test
    void printsTheStatementInEnglish() {
        Cli r = Cli.run("history", TIMELINES.resolve("declaration-tardive-conjoint.json").toString(), "--format", "text", "--lang", "en");
        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Review of your rights from 2024-04 to 2024-09",
                "2024-04 — RSA: paid €953.57, due €353.57, overpayment (indu) of €600.00.", "Why this amount is due:");
    }

    @Test
    void aBadTimelineNamesThePathAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"from": "2024-04", "to": "2024-03", "checkDate": "2025-01-01",
                 "declared": {"household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1990-13-01"}]}}}
                """);
        Cli r = Cli.run("history", bad.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("to: is before from", "declared.household.persons[0].birthDate").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingFileIsBadInput() {
        Cli r = Cli.run("history", "no-such-timeline.json");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no such file");
    }
}
