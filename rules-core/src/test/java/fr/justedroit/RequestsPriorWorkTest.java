package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code persons[].priorWork}: read, written back, typed and bounded with its path, and the previous
 * constructors of {@link Person} kept for embedders.
 */
class RequestsPriorWorkTest {
    private static final String WITH_WORK = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"theo\", "
            + "\"role\": \"applicant\", \"birthDate\": \"2002-02-02\", \"priorWork\": {\"hours\": 3214}}], "
            + "\"housing\": {\"status\": \"tenant\", \"housingAid\": false}}}";

    @Test
    void priorWorkIsReadAndWrittenBack() {
        Request request = Requests.fromJson(WITH_WORK);
        assertThat(request.household().persons().get(0).priorWork()).isEqualTo(new PriorWork(3214));
        String json = Requests.toJson(request);
        assertThat(json).contains("\"priorWork\"").contains("\"hours\" : 3214");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request))).isEqualTo(request);
        assertThat(Requests.fromYaml("month: 2025-06\nhousehold:\n  persons:\n    - {id: theo, role: applicant, birthDate: 2002-02-02,"
                + " priorWork: {hours: 3214}}\n  housing: {status: tenant, housingAid: false}\n", null)).isEqualTo(request);
    }

    @Test
    void theEarlierConstructorGivesNone() {
        LocalDate birth = LocalDate.of(2002, 2, 2);
        Person eight = new Person("theo", Role.APPLICANT, birth, Activity.EMPLOYED, false, null, null, List.of());
        assertThat(eight.priorWork()).isNull();
        Person worked = eight.withPriorWork(new PriorWork(4000));
        assertThat(worked.withIncomes(List.of()).withActivityStop(null).withInstitutionStay(null).priorWork()).isEqualTo(new PriorWork(4000));
        Request request = new Request(YearMonth.of(2025, 6), new Household(List.of(eight), null, null), null);
        assertThat(Requests.toJson(request)).doesNotContain("priorWork");
        assertThat(Requests.fromJson(Requests.toJson(request))).isEqualTo(request);
    }

    @Test
    void theHoursAreAWholeNumberWithinTheReferencePeriod() {
        assertThat(Requests.fromJson(WITH_WORK.replace("3214", "0")).household().persons().get(0).priorWork().hours()).isZero();
        assertThat(Requests.fromJson(WITH_WORK.replace("3214", "30660")).household().persons().get(0).priorWork().hours())
                .isEqualTo(30660);
        for (String bad : List.of("30661", "-1", "3214.5", "\"3214\"")) {
            assertThatThrownBy(() -> Requests.fromJson(WITH_WORK.replace("3214", bad)))
                    .as(bad).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                            .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].priorWork.hours")));
        }
        assertThatThrownBy(() -> Requests.fromJson(WITH_WORK.replace("{\"hours\": 3214}", "{}")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo("household.persons[0].priorWork.hours");
                    assertThat(err.problem()).isEqualTo("missing");
                }));
        assertThat(Requests.fromJson(WITH_WORK.replace("{\"hours\": 3214}", "null")).household().persons().get(0).priorWork()).isNull();
    }
}
