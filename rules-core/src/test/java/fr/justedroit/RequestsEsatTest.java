package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code persons[].esat}: read, written back, checked with the path of each problem, and the previous
 * constructors of {@link Person} kept for embedders.
 */
class RequestsEsatTest {
    private static final String WITH_ESAT = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"e\", "
            + "\"role\": \"applicant\", \"birthDate\": \"1995-02-02\", \"disability\": {\"incapacityRate\": 80}, "
            + "\"esat\": {\"since\": \"2025-03-10\", \"months\": [{\"month\": \"2025-04\", \"aideAuPoste\": 850.00, "
            + "\"remunerationGarantie\": 1000}, {\"month\": \"2025-06\", \"remunerationGarantie\": 1000.5}], "
            + "\"dependentAscendant\": true}}]}}";

    private static void refused(String json, String path, String words) {
        assertThatThrownBy(() -> TestEngines.toy().decide(Requests.fromJson(json))).as(path).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo(path);
                    assertThat(err.problem()).contains(words);
                }));
    }

    @Test
    void esatIsReadAndWrittenBack() {
        Request request = Requests.fromJson(WITH_ESAT);
        Esat esat = request.household().persons().get(0).esat();
        assertThat(esat.since()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(esat.dependentAscendant()).isTrue();
        assertThat(esat.of(YearMonth.of(2025, 4)).orElseThrow().aideAuPoste()).isEqualByComparingTo("850");
        assertThat(esat.of(YearMonth.of(2025, 6)).orElseThrow().aideAuPoste()).isNull();
        assertThat(esat.of(YearMonth.of(2025, 5))).isEmpty();
        String json = Requests.toJson(request);
        assertThat(json).contains("\"esat\"").contains("\"aideAuPoste\"");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request))).isEqualTo(request);
        assertThat(Requests.fromJson("{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"e\", \"role\": \"applicant\","
                + " \"birthDate\": \"1995-02-02\", \"esat\": null}]}}").household().persons().get(0).esat()).isNull();
    }

    @Test
    void theEarlierConstructorsGiveNone() {
        LocalDate birth = LocalDate.of(1995, 2, 2);
        Person eleven = new Person("e", Role.APPLICANT, birth, Activity.EMPLOYED, false, null, null, List.of(), null, null, null);
        assertThat(eleven.esat()).isNull();
        Person eight = new Person("e", Role.APPLICANT, birth, Activity.EMPLOYED, false, null, null, List.of());
        assertThat(eight).isEqualTo(eleven);
        Esat work = new Esat(LocalDate.of(2024, 1, 1), List.of(new Esat.MonthAmounts(YearMonth.of(2024, 12), new BigDecimal("800"), null)), null);
        Person inEsat = eleven.withEsat(work);
        assertThat(inEsat.withIncomes(List.of()).withActivityStop(null).withInstitutionStay(null).withPriorWork(null).esat())
                .isEqualTo(work);
        Request request = new Request(YearMonth.of(2025, 6), new Household(List.of(eleven), null, null), null);
        assertThat(Requests.toJson(request)).doesNotContain("esat");
        assertThat(new Esat(LocalDate.of(2024, 1, 1), null, null).months()).isEmpty();
    }

    @Test
    void problemsNameTheirPath() {
        refused(WITH_ESAT.replace("\"since\": \"2025-03-10\"", "\"since\": \"2025-07-01\""),
                "household.persons[0].esat.since", "after the month decided");
        refused(WITH_ESAT.replace("\"since\": \"2025-03-10\"", "\"since\": \"1990-01-01\""),
                "household.persons[0].esat.since", "before the birth");
        refused(WITH_ESAT.replace("\"month\": \"2025-06\", \"remunerationGarantie\"", "\"month\": \"2025-04\", \"remunerationGarantie\""),
                "household.persons[0].esat.months[1].month", "household.persons[0].esat.months[0] has the same month");
        refused(WITH_ESAT.replace("\"month\": \"2025-04\"", "\"month\": \"2025-02\""),
                "household.persons[0].esat.months[0].month", "before the admission");
        refused(WITH_ESAT.replace("850.00", "-1"), "household.persons[0].esat.months[0].aideAuPoste", "");
        refused(WITH_ESAT.replace("850.00", "850.001"), "household.persons[0].esat.months[0].aideAuPoste", "fractions of a cent");
        refused(WITH_ESAT.replace("1000.5", "10000000"), "household.persons[0].esat.months[1].remunerationGarantie", "implausibly large");
        refused(WITH_ESAT.replace("1000.5", "\"1000\""), "household.persons[0].esat.months[1].remunerationGarantie", "wrong type");
        refused(WITH_ESAT.replace("\"since\": \"2025-03-10\", ", ""), "household.persons[0].esat.since", "missing");
        refused(WITH_ESAT.replace("{\"month\": \"2025-06\", ", "{"), "household.persons[0].esat.months[1].month", "missing");
        refused(WITH_ESAT.replace("\"dependentAscendant\": true", "\"dependentAscendant\": true, \"until\": \"2025-12-31\""),
                "household.persons[0].esat.until", "unknown field");
    }

    @Test
    void aJavaRequestIsCheckedAsAJsonOne() {
        Person p = Person.of("e", Role.APPLICANT, LocalDate.of(1995, 2, 2)).withEsat(new Esat(LocalDate.of(2025, 3, 10),
                List.of(new Esat.MonthAmounts(YearMonth.of(2025, 4), new BigDecimal("-5"), null)), null));
        Request request = new Request(YearMonth.of(2025, 6), new Household(List.of(p), null, null), null);
        assertThatThrownBy(() -> TestEngines.toy().decide(request)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].esat.months[0].aideAuPoste")));
    }
}
