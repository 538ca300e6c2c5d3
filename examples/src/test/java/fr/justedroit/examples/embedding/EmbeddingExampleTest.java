package fr.justedroit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Language;
import fr.justedroit.Response;
import fr.justedroit.examples.Engines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the embedding example as an application would, and checks what it relies on. */
class EmbeddingExampleTest {

    @Test
    void decidesFromSeveralThreadsWhatOneThreadDecides() throws Exception {
        List<EmbeddingExample.NamedRequest> requests = EmbeddingExample.requests();
        // Each request many times, on 4 threads, with the one engine.
        List<EmbeddingExample.NamedRequest> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.addAll(requests);
        }
        List<EmbeddingExample.Outcome> parallel = EmbeddingExample.decideAll(Engines.law(), many, 4);
        List<EmbeddingExample.Outcome> alone = EmbeddingExample.decideAll(Engines.law(), requests, 1);
        assertThat(parallel).hasSize(many.size());
        for (int i = 0; i < parallel.size(); i++) {
            EmbeddingExample.Outcome o = parallel.get(i);
            EmbeddingExample.Outcome reference = alone.get(i % requests.size());
            assertThat(o.name()).isEqualTo(reference.name());
            assertThat(o.response()).isEqualTo(reference.response());
            assertThat(o.errors()).isEqualTo(reference.errors());
        }
    }

    @Test
    void readsTheReasonsAndNamesTheFieldOfARefusedRequest() throws Exception {
        List<EmbeddingExample.Outcome> outcomes = EmbeddingExample.decideAll(Engines.law(), EmbeddingExample.requests(), 4);
        assertThat(outcomes).extracting(EmbeddingExample.Outcome::name)
                .containsExactly("single, no income", "single parent, part-time", "student couple", "from JSON", "born after the month");
        Response single = outcomes.get(0).response();
        assertThat(single.decision("rsa", "household")).isPresent();
        assertThat(single.decision("rsa", "household").orElseThrow().reasons()).isNotEmpty();
        String text = EmbeddingExample.describe(Engines.law(), outcomes.get(0), Language.FR);
        assertThat(text).contains("rsa for household: eligible", "€ a month", "[CASF", "rsa.montant_forfaitaire.base = ");
        EmbeddingExample.Outcome refused = outcomes.get(4);
        assertThat(refused.response()).isNull();
        assertThat(refused.errors()).anyMatch(e -> e.path().equals("household.persons[0].birthDate"));
        assertThat(EmbeddingExample.describe(Engines.law(), refused, Language.EN)).contains("refused: household.persons[0].birthDate");
    }

    @Test
    void theMainProgramRuns() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("== single, no income", "== from JSON", "refused:");
    }
}
