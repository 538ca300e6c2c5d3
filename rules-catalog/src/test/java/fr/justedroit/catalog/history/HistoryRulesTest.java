package fr.justedroit.catalog.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.InvalidRequestException;
import fr.justedroit.Request;
import fr.justedroit.catalog.CatalogEngine;
import fr.justedroit.history.History;
import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.Kind;
import fr.justedroit.history.MonthDifference;
import fr.justedroit.history.Timeline;
import fr.justedroit.history.Timelines;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * How a history follows the law month after month: the droit d'option carried from the month of the switch,
 * the events that revise a frozen quarter (CASF R262-4-1) and those that wait for the next examination
 * (CASF R262-4), and the facts a month lacks named by their path.
 */
class HistoryRulesTest {

    static HistoryResult recompute(String yaml) {
        return History.on(CatalogEngine.get()).recompute(Timelines.fromYaml(yaml));
    }

    static MonthDifference line(HistoryResult r, String month, String benefit, String beneficiary) {
        return r.month(YearMonth.parse(month), benefit, beneficiary).orElseThrow();
    }

    /** A earns 2 000 € a month (quarterly evaluation, CSS R821-4-1), B 1 500 € from March to May 2024, then 500 € in July. */
    static final String OPTION = """
            from: 2024-05
            to: 2024-08
            examinations: [2024-07]
            checkDate: 2025-01-15
            declared:
              household:
                persons:
                  - id: a
                    role: applicant
                    birthDate: 1984-01-01
                    activity: employed
                    disability: {incapacityRate: 80}
                    aah: {receivingSince: 2018-05-01}
                    incomes:
            %s
                  - id: b
                    role: partner
                    birthDate: 1985-01-01
                    activity: employed
                    incomes:
                      - {type: net_social_salary, month: 2024-03, amount: 1500}
                      - {type: net_social_salary, month: 2024-04, amount: 1500}
                      - {type: net_social_salary, month: 2024-05, amount: 1500}
                      - {type: net_social_salary, month: 2024-07, amount: 500}
                housing: {status: tenant, housingAid: false}
            """.formatted(salaries("2024-01", 8, 2000, "          "));

    @Test
    void theSwitchOfTheDroitDoptionIsFoundAndKept() {
        HistoryResult r = recompute(OPTION);
        // Décret n° 2022-1694 art. 2, the figures of the catalog's scenarios (aah/scenarios/droit_option.yaml):
        // A's resources 0.2 × 530.09 + 0.6 × (2000 − 530.09) = 987.97 (D821-9); individual 1016.05 − 987.97 = 28.08.
        // May: partner February–April (0 + 1500 + 1500) / 3 = 1000, (1000 × 12 × 0.9 − 5000) / 12 = 483.33;
        // old calculation 1016.05 × 1.81 − 987.97 − 483.33 = 367.75 > 28.08: kept.
        assertThat(line(r, "2024-05", "aah", "a").due()).isEqualByComparingTo("367.75");
        // June: partner March–May 1500, (1500 × 12 × 0.9 − 5000) / 12 = 933.33; old 1839.05 − 987.97 − 933.33 < 0:
        // the individual calculation gives at least as much, the switch is final.
        assertThat(line(r, "2024-05", "aah", "a").decision().details()).doesNotContainKey("individualisedFrom");
        assertThat(line(r, "2024-06", "aah", "a").due()).isEqualByComparingTo("28.08");
        // July: the partner's April–June average is 1000 again, and the old calculation alone would give 367.75;
        // August (May–July, 666.67 a month) more still. The switch of June holds: 28.08.
        assertThat(line(r, "2024-07", "aah", "a").due()).isEqualByComparingTo("28.08");
        assertThat(line(r, "2024-08", "aah", "a").due()).isEqualByComparingTo("28.08");
        Timeline t = Timelines.fromYaml(OPTION);
        var july = CatalogEngine.get().decide(new Request(YearMonth.of(2024, 7), t.declared().in(YearMonth.of(2024, 7))));
        assertThat(july.decision("aah", "a").orElseThrow().amount()).isEqualByComparingTo("367.75");
    }

    static final String COUPLE = """
            from: 2024-04
            to: 2024-07
            examinations: [2024-04, 2024-07]
            checkDate: 2025-01-15
            declared:
              household:
                persons:
                  - {id: alice, role: applicant, birthDate: 1985-03-02, activity: unemployed}
                  - id: bob
                    role: partner
                    birthDate: 1984-11-20
                    activity: %s
                    incomes:
            %s
                housing: {status: tenant, housingAid: false}
              members: [{person: bob, %s}]
            """;

    @Test
    void aSeparationRevisesTheQuarterFromItsMonth() {
        // Bob leaves after May 2024. April and May: the couple's 953.57 (R262-1: 635.71 + 317.86, no resources).
        // June: the couple separates, an event of CASF R262-4-1 2°: revised from June, Alice alone, 635.71.
        HistoryResult r = recompute(COUPLE.formatted("unemployed", "          []", "to: 2024-05"));
        assertThat(line(r, "2024-05", "rsa", "household").due()).isEqualByComparingTo("953.57");
        MonthDifference june = line(r, "2024-06", "rsa", "household");
        assertThat(june.due()).isEqualByComparingTo("635.71");
        assertThat(june.examination()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("635.71");
    }

    @Test
    void aPartnerWhoArrivesCountsFromTheNextExamination() {
        // Bob arrives in May 2024, earning 800 € a month since January. The arrival is not an event of CASF
        // R262-4-1: May and June keep April's amount for Alice alone, 635.71. At the examination of July he is
        // deemed present over the whole reference quarter (R262-4 2°): 953.57 − 800 = 153.57.
        HistoryResult r = recompute(COUPLE.formatted("employed", salaries("2024-01", 7, 800, "          "), "from: 2024-05"));
        assertThat(line(r, "2024-04", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-05", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-06", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-06", "rsa", "household").examination()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("153.57");
    }

    @Test
    void aHousingChangeWaitsForTheNextExamination() {
        // Housed free of charge from May 2024: the forfait logement of a person alone, 12 % × 635.71 = 76.29
        // (CASF R262-9, R262-10), is deducted from the examination of July: 635.71 − 76.29 = 559.42.
        HistoryResult r = recompute(aprilToJuly("""
                    persons: [{id: alice, role: applicant, birthDate: 1985-03-02, activity: unemployed}]
                    housing: {status: tenant, housingAid: false}
                  housing: [{from: 2024-05, status: housed_free}]
                """));
        assertThat(line(r, "2024-06", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("559.42");
        // Nothing was given as paid: each month was paid what the declared facts give, no difference.
        assertThat(r.months()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Kind.NONE));
    }

    @Test
    void aChildBornWithinTheQuarterCountsFromTheNextExamination() {
        // Born on 2024-05-10: not a person of the household before May, and not of the montant forfaitaire before
        // the examination of July (CASF R262-4: the amount is not modified between two examinations; a birth is
        // not an event of R262-4-1). July: a couple with one child, 635.71 + 317.86 + 190.71 = 1 144.28 (R262-1,
        // +50 % then +30 %, each rounded to the cent).
        HistoryResult r = recompute(aprilToJuly("""
                    persons:
                      - {id: alice, role: applicant, birthDate: 1985-03-02, activity: unemployed}
                      - {id: bob, role: partner, birthDate: 1984-11-20, activity: unemployed}
                      - {id: chloe, role: child, birthDate: 2024-05-10}
                    housing: {status: tenant, housingAid: false}
                """));
        assertThat(line(r, "2024-04", "rsa", "household").due()).isEqualByComparingTo("953.57");
        assertThat(line(r, "2024-06", "rsa", "household").due()).isEqualByComparingTo("953.57");
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("1144.28");
    }

    @Test
    void anAssessmentFromAMonthOpensTheAahAndTheAahEntersTheNextQuarter() {
        // 50 % without restriction until May 2024 (no AAH, CSS L821-2), 80 % from June: the AAH at the montant
        // maximal, 1 016.05 (CSS D821-2, décret n° 2024-397). The RSA of July reads April to June (R262-7):
        // 0 + 0 + 1 016.05, 338.68 a month on average: 635.71 − 338.68 = 297.03.
        HistoryResult r = recompute(aprilToJuly("""
                    persons:
                      - id: claire
                        role: applicant
                        birthDate: 1980-06-15
                        activity: inactive
                        disability: {incapacityRate: 50, employmentRestriction: false}
                        incomes: [{type: taxable_income, year: 2022, amount: 0}]
                    housing: {status: tenant, housingAid: false}
                  disabilities: [{person: claire, from: 2024-06, incapacityRate: 80, employmentRestriction: false}]
                """));
        assertThat(line(r, "2024-05", "aah", "claire").due()).isEqualByComparingTo("0.00");
        assertThat(line(r, "2024-06", "aah", "claire").due()).isEqualByComparingTo("1016.05");
        assertThat(line(r, "2024-06", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("297.03");
    }

    @Test
    void withoutExaminationsListedTheRightsAreExaminedEveryThirdMonth() {
        // A salary of 300 € from April 2024, examinations not given: April, July, October are examinations
        // (CASF R262-4, quarterly). April–June read January–March (nothing): 635.71; July–September read
        // April–June: 635.71 − 300 = 335.71; October reads July–September: 335.71.
        HistoryResult r = recompute("""
                from: 2024-04
                to: 2024-10
                checkDate: 2025-01-15
                declared:
                  household:
                    persons:
                      - id: alice
                        role: applicant
                        birthDate: 1985-03-02
                        activity: employed
                        incomes:
                %s
                    housing: {status: tenant, housingAid: false}
                """.formatted(salaries("2024-04", 7, 300, "          ")));
        assertThat(line(r, "2024-06", "rsa", "household").due()).isEqualByComparingTo("635.71");
        assertThat(line(r, "2024-06", "rsa", "household").examination()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(line(r, "2024-07", "rsa", "household").due()).isEqualByComparingTo("335.71");
        assertThat(line(r, "2024-09", "rsa", "household").examination()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(line(r, "2024-10", "rsa", "household").examination()).isEqualTo(YearMonth.of(2024, 10));
    }

    @Test
    void eachMonthIsPrescribedFromTheFirstCorrectionThatChangedIt() {
        // Two corrections of the RSA of 2023: on 2025-04-15 the salaries of October 2022 to June 2023 (300 € a
        // month), on 2025-09-20 those of July to September 2023. The quarters of January, April and July were
        // changed by the first (they read October 2022 to June 2023), the quarter of October by the second.
        HistoryResult r = recompute("""
                from: 2023-01
                to: 2023-12
                declared:
                  household:
                    persons: [{id: denis, role: applicant, birthDate: 1975-09-09, activity: employed}]
                    housing: {status: tenant, housingAid: false}
                corrections:
                  - date: 2025-09-20
                    person: denis
                    incomes:
                %s
                  - date: 2025-04-15
                    person: denis
                    incomes:
                %s
                """.formatted(salaries("2023-07", 3, 300, "      "), salaries("2022-10", 9, 300, "      ")));
        assertThat(r.timeline().checkDate()).isEqualTo(LocalDate.of(2025, 9, 20));
        // March 2023 fell due on 2023-04-01: two years ended on 2025-04-01, before the first correction (CASF L262-45).
        assertThat(line(r, "2023-03", "rsa", "household").countedFrom()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(line(r, "2023-03", "rsa", "household").recoverable()).isFalse();
        // August 2023 fell due on 2023-09-01: counted from 2025-09-20 it would be prescribed; the correction
        // that changed it is of 2025-04-15, and it is recoverable.
        MonthDifference august = line(r, "2023-08", "rsa", "household");
        assertThat(august.countedFrom()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(august.difference()).isEqualByComparingTo("-300.00");
        assertThat(august.recoverable()).isTrue();
        MonthDifference october = line(r, "2023-10", "rsa", "household");
        assertThat(october.countedFrom()).isEqualTo(LocalDate.of(2025, 9, 20));
        assertThat(october.difference()).isEqualByComparingTo("-300.00");
        assertThat(october.recoverable()).isTrue();
        // RSA: nine months recoverable (April to December, 2 700.00), three prescribed (900.00).
        assertThat(r.totals("rsa").orElseThrow().indus()).isEqualByComparingTo("2700.00");
        assertThat(r.totals("rsa").orElseThrow().prescribed()).isEqualByComparingTo("900.00");
    }

    @Test
    void aMonthThatCannotBeDecidedNamesTheMissingFactByItsPath() {
        assertThatThrownBy(() -> recompute("""
                from: 2024-04
                to: 2024-05
                checkDate: 2025-01-15
                declared:
                  household:
                    persons: [{id: alice, role: applicant, birthDate: 1985-03-02, activity: unemployed}]
                """)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo("declared.household.housing");
                    assertThat(err.problem()).contains("2024-04");
                }));
    }

    /** A timeline of April to July 2024, examined in April and July: {@code facts} go under {@code declared.household}. */
    static String aprilToJuly(String facts) {
        return """
                from: 2024-04
                to: 2024-07
                examinations: [2024-04, 2024-07]
                checkDate: 2025-01-15
                declared:
                  household:
                """ + facts;
    }

    /** Monthly net_social_salary entries, one YAML line each, from {@code first} for {@code count} months. */
    static String salaries(String first, int count, int amount, String indent) {
        StringBuilder sb = new StringBuilder();
        YearMonth m = YearMonth.parse(first);
        for (int i = 0; i < count; i++, m = m.plusMonths(1)) {
            sb.append(indent).append("- {type: net_social_salary, month: ").append(m).append(", amount: ").append(amount).append("}\n");
        }
        return sb.toString().stripTrailing();
    }
}
