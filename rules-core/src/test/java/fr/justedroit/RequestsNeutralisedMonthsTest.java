package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.internal.RequestChecks;
import fr.justedroit.rules.MemberActivityStart;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code persons[].aah.neutralisedMonths}: the months already neutralised by CSS D821-9 1° for earlier starts of
 * activity; read, written back, refused when it cannot be true (with its path), the old constructors of
 * {@link AahHistory} kept, and the cap of six months per twelve rolling months counted from it.
 */
class RequestsNeutralisedMonthsTest {
    private static final YearMonth FIRST = YearMonth.of(2023, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 12);
    private static final String WITH_MONTHS = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"r\", "
            + "\"role\": \"applicant\", \"birthDate\": \"1980-01-01\", \"aah\": {\"receivingSince\": \"2022-01-01\", "
            + "\"activityStartedOn\": \"2025-04-01\", \"neutralisedMonths\": [\"2024-11\", \"2024-12\"]}}], "
            + "\"housing\": {\"status\": \"tenant\", \"housingAid\": false}}}";
    private static final String PATH = "household.persons[0].aah.neutralisedMonths";

    @Test
    void theMonthsAreReadAndWrittenBack() {
        Request request = Requests.fromJson(WITH_MONTHS);
        AahHistory aah = request.household().persons().get(0).aah();
        assertThat(aah).isEqualTo(new AahHistory(LocalDate.of(2022, 1, 1), null, LocalDate.of(2025, 4, 1),
                List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12))));
        String json = Requests.toJson(request);
        assertThat(json).contains("\"neutralisedMonths\"");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request))).isEqualTo(request);
        assertThat(RequestChecks.check(request, FIRST, LAST)).isEmpty();
    }

    @Test
    void absentIsNoneAndTheOldConstructorsGiveNone() {
        Request request = Requests.fromJson(WITH_MONTHS.replace(", \"neutralisedMonths\": [\"2024-11\", \"2024-12\"]", ""));
        assertThat(request.household().persons().get(0).aah().neutralisedMonths()).isEmpty();
        assertThat(Requests.toJson(request)).doesNotContain("neutralisedMonths");
        assertThat(new AahHistory(LocalDate.of(2022, 1, 1), null, LocalDate.of(2025, 4, 1)))
                .isEqualTo(request.household().persons().get(0).aah());
        assertThat(new AahHistory(LocalDate.of(2022, 1, 1), null).neutralisedMonths()).isEmpty();
        assertThat(new AahHistory(null, null, null, null).neutralisedMonths()).isEmpty();
        // An empty list is none.
        assertThat(Requests.fromJson(WITH_MONTHS.replace("[\"2024-11\", \"2024-12\"]", "[]"))).isEqualTo(request);
        // The switch of the droit d'option keeps the months.
        AahHistory given = Requests.fromJson(WITH_MONTHS).household().persons().get(0).aah();
        assertThat(given.withIndividualisedSince(YearMonth.of(2023, 10)).neutralisedMonths()).isEqualTo(given.neutralisedMonths());
    }

    @Test
    void wrongTypesAndTooManyMonthsAreRefusedByTheirPaths() {
        assertThatThrownBy(() -> Requests.fromJson(WITH_MONTHS.replace("\"2024-11\"", "\"2024-13\"")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).startsWith(PATH)));
        assertThatThrownBy(() -> Requests.fromJson(WITH_MONTHS.replace("[\"2024-11\", \"2024-12\"]", "\"2024-11\"")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo(PATH)));
        String thirteen = "[\"2024-01\", \"2024-02\", \"2024-03\", \"2024-04\", \"2024-05\", \"2024-06\", \"2024-07\", "
                + "\"2024-08\", \"2024-09\", \"2024-10\", \"2024-11\", \"2024-12\", \"2025-01\"]";
        assertThatThrownBy(() -> Requests.fromJson(WITH_MONTHS.replace("[\"2024-11\", \"2024-12\"]", thirteen)))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo(PATH);
                    assertThat(err.problem()).isEqualTo("the list is too long");
                }));
    }

    @Test
    void theMonthsNeedTheStartPrecedeItAndAreGivenOnce() {
        assertThat(RequestChecks.check(Requests.fromJson(WITH_MONTHS.replace(", \"activityStartedOn\": \"2025-04-01\"", "")),
                FIRST, LAST)).singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo(PATH);
                    assertThat(e.problem()).isEqualTo("months already neutralised without the start of activity they precede");
                    assertThat(e.expected()).contains("activityStartedOn");
                });
        assertThat(RequestChecks.check(Requests.fromJson(WITH_MONTHS.replace("\"2024-12\"", "\"2025-04\"")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo(PATH + "[1]");
                    assertThat(e.problem()).startsWith("the month 2025-04 is not before the start of activity");
                    assertThat(e.expected()).isEqualTo("a month before 2025-04");
                });
        assertThat(RequestChecks.check(Requests.fromJson(WITH_MONTHS.replace("\"2024-12\"", "\"2024-11\"")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo(PATH + "[1]");
                    assertThat(e.problem()).isEqualTo("the month 2024-11 is given twice");
                });
        // The month before the start is allowed (a neutralisation that ended just before it).
        assertThat(RequestChecks.check(Requests.fromJson(WITH_MONTHS.replace("\"2024-12\"", "\"2025-03\"")), FIRST, LAST)).isEmpty();
    }

    @Test
    void theCapCountsTheMonthsOfTheTwelveEndingWithEachMonth() {
        LocalDate april = LocalDate.of(2025, 4, 1);
        LocalDate since = LocalDate.of(2022, 1, 1);
        assertThat(new MemberActivityStart("r", april, since).monthsNeutralised(6, 6, 12)).isEqualTo(6);
        // Five in August-December 2024: April 2025 is the sixth of May 2024-April 2025, May would be a seventh.
        assertThat(new MemberActivityStart("r", april, since, months(2024, 8, 5)).monthsNeutralised(6, 6, 12)).isEqualTo(1);
        assertThat(new MemberActivityStart("r", april, since, months(2024, 7, 6)).monthsNeutralised(6, 6, 12)).isZero();
        // January-June 2024: out of the twelve months by the time they would count.
        assertThat(new MemberActivityStart("r", april, since, months(2024, 1, 6)).monthsNeutralised(6, 6, 12)).isEqualTo(6);
        // May 2024 is in the window of April 2025 (May 2024-March 2025) but not in that of May 2025.
        assertThat(new MemberActivityStart("r", april, since, months(2024, 5, 6)).monthsNeutralised(6, 6, 12)).isZero();
        assertThat(new MemberActivityStart("r", april, since, months(2024, 6, 6)).monthsNeutralised(6, 6, 12)).isZero();
        // April-September 2024: five in the window of April 2025, and each month after it one of them leaves the
        // window as one is added: six months.
        assertThat(new MemberActivityStart("r", april, since, months(2024, 4, 6)).monthsNeutralised(6, 6, 12)).isEqualTo(6);
    }

    private static List<YearMonth> months(int year, int month, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> YearMonth.of(year, month).plusMonths(i)).toList();
    }
}
