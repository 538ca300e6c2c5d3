package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a tiny rule set written to a folder: loading, deciding, explaining, failing clearly. */
class JusteDroitTest {
    static final String DRL = """
            package test;
            import java.math.BigDecimal;
            import fr.justedroit.ParameterValue;
            import fr.justedroit.Role;
            import fr.justedroit.rules.*;
            global MonthParameters params;
            global Explanations explain;

            rule "forfait.adulte"
                @legalRef("Art. 1")
            when
                Member(role == Role.APPLICANT, $age : age)
            then
                ParameterValue amount = params.get("forfait.montant");
                insert(Verdict.eligible("forfait", "household", amount.value()));
                explain.of(kcontext, "forfait", "household").with("amount", amount.value()).with("age", $age).using(amount);
            end
            """;
    static final String PARAMETERS = """
            forfait.montant:
              description: Un montant
              unit: euros
              values:
                - {since: 2023-01-01, value: 100, source: Art. 1 v1}
                - {since: 2024-04-01, value: 110.50, source: Art. 1 v2}
            """;
    static final String REQUEST = """
            {"month": "%s", "household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1990-01-01"}]}}""";

    static JusteDroit engine;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        write(dir, DRL, PARAMETERS);
        engine = JusteDroit.builder().ruleSets(dir).build();
    }

    static void write(Path dir, String drl, String parameters) throws IOException {
        Files.createDirectories(dir.resolve("forfait"));
        Files.writeString(dir.resolve("forfait/forfait.drl"), drl);
        Files.writeString(dir.resolve("forfait/parameters.yaml"), parameters);
        Files.writeString(dir.resolve("forfait/messages_fr.properties"), "forfait.adulte=Le forfait est de {amount}.\n");
        Files.writeString(dir.resolve("forfait/messages_en.properties"), "forfait.adulte=The flat amount is {amount}.\n");
    }

    @Test
    void decidesWithTheParameterOfTheRequestMonth() {
        Response march = engine.decide(Requests.fromJson(REQUEST.formatted("2024-03")));
        Response april = engine.decide(Requests.fromJson(REQUEST.formatted("2024-04")));
        assertThat(march.decision("forfait", "household").orElseThrow().amount()).isEqualByComparingTo("100.00");
        Decision d = april.decision("forfait", "household").orElseThrow();
        assertThat(d.amount()).isEqualByComparingTo("110.50");
        Reason r = d.reasons().get(0);
        assertThat(r.rule()).isEqualTo("forfait.adulte");
        assertThat(r.legalRef()).isEqualTo("Art. 1");
        assertThat(r.parameters()).singleElement().satisfies(p -> {
            assertThat(p.since()).isEqualTo("2024-04-01");
            assertThat(p.source()).isEqualTo("Art. 1 v2");
        });
        assertThat(engine.text(r, Language.FR)).isEqualTo("Le forfait est de 110,50\u00A0€.");
        assertThat(engine.text(r, Language.EN)).isEqualTo("The flat amount is €110.50.");
    }

    @Test
    void writesTheContractJson() {
        String json = engine.toJson(engine.decide(Requests.fromJson(REQUEST.formatted("2024-04"))), Language.FR);
        assertThat(json).contains("\"benefit\" : \"forfait\"", "\"status\" : \"eligible\"", "\"amount\" : 110.50",
                "\"legalRef\" : \"Art. 1\"", "\"text\" : \"Le forfait est de 110,50\u00A0€.\"", "\"since\" : \"2024-04-01\"");
    }

    @Test
    void aMalformedRequestNamesTheFieldByPath() {
        String bad = """
                {"month": "2024-04", "household": {"persons": [
                  {"id": "a", "role": "applicant", "birthDate": "1990-01-01"},
                  {"id": "b", "role": "child", "birthDate": "2024-02-30"}]}}""";
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(bad)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).singleElement()
                        .isEqualTo(new InputError("household.persons[1].birthDate", "'2024-02-30' is not a calendar date",
                                "a date YYYY-MM-DD that exists")));
    }

    @Test
    void aRequestOutsideTheKnownMonthsIsRefused() {
        assertThatThrownBy(() -> engine.decide(Requests.fromJson(REQUEST.formatted("2022-12"))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("month"));
    }

    @Test
    void aBrokenDrlNamesFileLineAndMessage(@TempDir Path dir) throws IOException {
        write(dir, DRL.replace("Member(role == Role.APPLICANT, $age : age)", "Member(role == Role.APPLICANT, $age : age"), PARAMETERS);
        assertThatThrownBy(() -> JusteDroit.builder().ruleSets(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).first().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("forfait/forfait.drl");
                    assertThat(p.line()).isBetween(10, 13);
                    assertThat(p.message()).isNotBlank();
                }));
    }

    @Test
    void aParameterMissingForTheMonthIsAnErrorNotAnAmount(@TempDir Path dir) throws IOException {
        write(dir, DRL, PARAMETERS.replace("2023-01-01", "2024-01-01"));
        JusteDroit partial = JusteDroit.builder().ruleSets(dir).build();
        assertThatThrownBy(() -> partial.decide(Requests.fromJson(REQUEST.formatted("2023-06"))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("forfait.adulte").hasMessageContaining("forfait.montant").hasMessageContaining("2023-06-01");
    }

    @Test
    void theLegalDateIsTheRequestsMonth() {
        Request r = Requests.fromJson(REQUEST.formatted("2023-02"));
        assertThat(r.month()).isEqualTo(YearMonth.of(2023, 2));
        assertThat(engine.decide(r).month()).isEqualTo(YearMonth.of(2023, 2));
    }

    @Test
    void amountsAreReadExactlyAsWritten() {
        Request r = Requests.fromJson("""
                {"month": "2024-04", "household": {"persons": [{"id": "a", "role": "applicant", "birthDate": "1990-01-01",
                  "incomes": [{"type": "net_social_salary", "month": "2024-03", "amount": 140.00}]}]}}""");
        assertThat(r.household().persons().get(0).incomes().get(0).amount().toString()).isEqualTo("140.00");
    }
}
