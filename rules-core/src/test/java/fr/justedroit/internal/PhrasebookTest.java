package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Language;
import fr.justedroit.LoadProblem;
import fr.justedroit.Reason;
import fr.justedroit.rules.Rate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Phrasebook phrasebook = Phrasebook.read(Map.of(
            "x/messages_fr.properties", "x.montant=Le montant de {mois} est de {montant} ({taux}).\n",
            "x/messages_en.properties", "x.montant=The amount for {mois} is {montant} ({taux}).\n"), problems);

    private Reason reason() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("mois", YearMonth.of(2025, 6));
        args.put("montant", new BigDecimal("1357.7"));
        args.put("taux", new Rate(new BigDecimal("0.5985")));
        return new Reason("x.montant", "CASF", "x.montant", args, List.of());
    }

    @Test
    void formatsAmountsRatesAndMonthsPerLanguage() {
        assertThat(problems).isEmpty();
        assertThat(phrasebook.text(reason(), Language.FR)).isEqualTo("Le montant de juin 2025 est de 1 357,70 € (59,85 %).");
        assertThat(phrasebook.text(reason(), Language.EN)).isEqualTo("The amount for June 2025 is €1,357.70 (59.85%).");
    }

    @Test
    void aMissingSentenceStillShowsTheStep() {
        Reason r = new Reason("y.autre", null, "y.autre", Map.of("n", 3), List.of());
        assertThat(phrasebook.text(r, Language.FR)).isEqualTo("y.autre (n=3)");
        assertThat(phrasebook.has("y.autre", Language.FR)).isFalse();
    }
}
