package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.internal.RequestChecks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code persons[].activityStop}: read, written back, refused when it cannot be true, and the old
 * constructor of {@link Person} kept for embedders.
 */
class RequestsActivityStopTest {
    private static final String WITH_STOP = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"nora\", "
            + "\"role\": \"applicant\", \"birthDate\": \"1988-02-02\", \"activityStop\": {\"date\": \"2025-04-15\", "
            + "\"replacementIncome\": false}}], \"housing\": {\"status\": \"tenant\", \"housingAid\": false}}}";

    @Test
    void aStopIsReadAndWrittenBack() {
        Request request = Requests.fromJson(WITH_STOP);
        Person nora = request.household().persons().get(0);
        assertThat(nora.activityStop()).isEqualTo(new ActivityStop(LocalDate.of(2025, 4, 15), false));
        String json = Requests.toJson(request);
        assertThat(json).contains("\"activityStop\"").contains("\"replacementIncome\" : false");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request))).isEqualTo(request);
        assertThat(Requests.fromYaml("month: 2025-06\nhousehold:\n  persons:\n    - {id: nora, role: applicant, birthDate: 1988-02-02,"
                + " activityStop: {date: 2025-04-15, replacementIncome: false}}\n  housing: {status: tenant, housingAid: false}\n", null))
                .isEqualTo(request);
    }

    @Test
    void theEndOfAnUnemploymentBenefitIsReadWrittenBackAndOptional() {
        Request request = Requests.fromJson(WITH_STOP.replace("\"replacementIncome\": false}",
                "\"replacementIncome\": false, \"unemploymentBenefit\": true}"));
        ActivityStop stop = request.household().persons().get(0).activityStop();
        assertThat(stop).isEqualTo(new ActivityStop(LocalDate.of(2025, 4, 15), false, true));
        assertThat(Requests.toJson(request)).contains("\"unemploymentBenefit\" : true");
        assertThat(Requests.fromJson(Requests.toJson(request))).isEqualTo(request);
        // Absent, or false: the stop of an activity, as before the field; false is not written back.
        assertThat(Requests.fromJson(WITH_STOP).household().persons().get(0).activityStop().unemploymentBenefit()).isFalse();
        Request stated = Requests.fromJson(WITH_STOP.replace("\"replacementIncome\": false}",
                "\"replacementIncome\": false, \"unemploymentBenefit\": false}"));
        assertThat(stated).isEqualTo(Requests.fromJson(WITH_STOP));
        assertThat(Requests.toJson(stated)).doesNotContain("unemploymentBenefit");
        assertThat(new ActivityStop(LocalDate.of(2025, 4, 15), true).unemploymentBenefit()).isFalse();
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace("\"replacementIncome\": false}",
                "\"replacementIncome\": false, \"unemploymentBenefit\": \"yes\"}")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].activityStop.unemploymentBenefit")));
    }

    @Test
    void withoutAStopNothingIsWrittenAndTheOldConstructorGivesNone() {
        Person old = new Person("nora", Role.APPLICANT, LocalDate.of(1988, 2, 2), Activity.EMPLOYED, false, null, null, List.of());
        assertThat(old.activityStop()).isNull();
        assertThat(old.withActivityStop(new ActivityStop(LocalDate.of(2025, 4, 15), true)).withIncomes(List.of()).activityStop())
                .isEqualTo(new ActivityStop(LocalDate.of(2025, 4, 15), true));
        Request request = new Request(YearMonth.of(2025, 6), new Household(List.of(old), null, null), null);
        assertThat(Requests.toJson(request)).doesNotContain("activityStop");
        assertThat(Requests.fromJson(Requests.toJson(request))).isEqualTo(request);
    }

    @Test
    void bothFieldsAreRequiredAndTypedWithTheirPaths() {
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace(", \"replacementIncome\": false", "")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo("household.persons[0].activityStop.replacementIncome");
                    assertThat(err.problem()).isEqualTo("missing");
                }));
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace("\"date\": \"2025-04-15\", ", "")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].activityStop.date")));
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace("false}", "\"no\"}")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].activityStop.replacementIncome")));
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace("2025-04-15", "2025-02-30")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.persons[0].activityStop.date")));
        assertThatThrownBy(() -> Requests.fromJson(WITH_STOP.replace("\"replacementIncome\"", "\"replacement\"")))
                .isInstanceOf(InvalidRequestException.class);
        // null is "no stop known", as for the other optional objects of a person.
        assertThat(Requests.fromJson(WITH_STOP.replace("{\"date\": \"2025-04-15\", \"replacementIncome\": false}", "null"))
                .household().persons().get(0).activityStop()).isNull();
    }

    @Test
    void aStopAfterTheMonthOrBeforeTheBirthIsRefused() {
        YearMonth first = YearMonth.of(2023, 1);
        YearMonth last = YearMonth.of(2026, 12);
        assertThat(RequestChecks.check(Requests.fromJson(WITH_STOP), first, last)).isEmpty();
        // The last day of the month decided is still in it; the next day is not.
        assertThat(RequestChecks.check(Requests.fromJson(WITH_STOP.replace("2025-04-15", "2025-06-30")), first, last)).isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(WITH_STOP.replace("2025-04-15", "2025-07-01")), first, last))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.persons[0].activityStop.date");
                    assertThat(e.problem()).isEqualTo("the activity stops on 2025-07-01, after the month decided (2025-06)");
                    assertThat(e.expected()).startsWith("a date on or before 2025-06-30");
                });
        assertThat(RequestChecks.check(Requests.fromJson(WITH_STOP.replace("2025-04-15", "1988-02-02")), first, last)).isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(WITH_STOP.replace("2025-04-15", "1988-02-01")), first, last))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.persons[0].activityStop.date");
                    assertThat(e.problem()).contains("before the person was born (household.persons[0].birthDate 1988-02-02)");
                });
    }
}
