package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.internal.RequestChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code household.rsaSanction}: read, written back, refused outside what CASF R262-68 allows the
 * président du conseil départemental, and the old constructor of {@link Household} kept for embedders.
 */
class RequestsRsaSanctionTest {
    private static final YearMonth FIRST = YearMonth.of(2023, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 12);
    private static final String ALONE = "{\"month\": \"2025-07\", \"household\": {\"persons\": [{\"id\": \"nora\", "
            + "\"role\": \"applicant\", \"birthDate\": \"1988-02-02\"}], \"housing\": {\"status\": \"tenant\", \"housingAid\": false}, "
            + "\"rsaSanction\": {\"suspendedPercentage\": 30, \"from\": \"2025-07\", \"until\": \"2025-08\"}}}";
    private static final String COUPLE = ALONE.replace("}], \"housing\"", "}, {\"id\": \"sami\", \"role\": \"partner\", "
            + "\"birthDate\": \"1987-03-03\"}], \"housing\"");

    @Test
    void aSanctionIsReadAndWrittenBack() {
        Request request = Requests.fromJson(ALONE);
        assertThat(request.household().rsaSanction())
                .isEqualTo(new RsaSanction(new BigDecimal("30"), YearMonth.of(2025, 7), YearMonth.of(2025, 8)));
        String json = Requests.toJson(request);
        assertThat(json).contains("\"rsaSanction\"").contains("\"suspendedPercentage\" : 30");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request))).isEqualTo(request);
        assertThat(Requests.fromYaml("month: 2025-07\nhousehold:\n  persons:\n    - {id: nora, role: applicant, birthDate: 1988-02-02}\n"
                + "  housing: {status: tenant, housingAid: false}\n  rsaSanction: {suspendedPercentage: 30, from: 2025-07, until: 2025-08}\n",
                null)).isEqualTo(request);
    }

    @Test
    void withoutASanctionNothingIsWrittenAndTheOldConstructorGivesNone() {
        Household old = new Household(List.of(Person.of("nora", Role.APPLICANT, LocalDate.of(1988, 2, 2))), null, null);
        assertThat(old.rsaSanction()).isNull();
        Request request = new Request(YearMonth.of(2025, 7), old, null);
        assertThat(Requests.toJson(request)).doesNotContain("rsaSanction");
        assertThat(Requests.fromJson(Requests.toJson(request))).isEqualTo(request);
        RsaSanction sanction = new RsaSanction(BigDecimal.valueOf(50), YearMonth.of(2025, 7), YearMonth.of(2025, 7));
        assertThat(old.withRsaSanction(sanction).rsaSanction()).isEqualTo(sanction);
        assertThat(sanction.covers(YearMonth.of(2025, 7))).isTrue();
        assertThat(sanction.covers(YearMonth.of(2025, 6))).isFalse();
        assertThat(sanction.covers(YearMonth.of(2025, 8))).isFalse();
    }

    @Test
    void itsFieldsAreRequiredAndTypedWithTheirPaths() {
        assertThatThrownBy(() -> Requests.fromJson(ALONE.replace(", \"until\": \"2025-08\"", "")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).anySatisfy(err -> {
                    assertThat(err.path()).isEqualTo("household.rsaSanction.until");
                    assertThat(err.problem()).isEqualTo("missing");
                }));
        assertThatThrownBy(() -> Requests.fromJson(ALONE.replace("\"suspendedPercentage\": 30", "\"suspendedPercentage\": \"30\"")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.rsaSanction.suspendedPercentage")));
        assertThatThrownBy(() -> Requests.fromJson(ALONE.replace("\"suspendedPercentage\": 30", "\"suspendedPercentage\": 130")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.rsaSanction.suspendedPercentage")));
        assertThatThrownBy(() -> Requests.fromJson(ALONE.replace("\"from\": \"2025-07\"", "\"from\": \"2025-13\"")))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors())
                        .anySatisfy(err -> assertThat(err.path()).isEqualTo("household.rsaSanction.from")));
        assertThatThrownBy(() -> Requests.fromJson(ALONE.replace("\"until\"", "\"to\"")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Requests.fromJson(ALONE.replace(
                "{\"suspendedPercentage\": 30, \"from\": \"2025-07\", \"until\": \"2025-08\"}", "null")).household().rsaSanction()).isNull();
    }

    @Test
    void thePartSuspendedIsWhatR26268Allows() {
        assertThat(RequestChecks.check(Requests.fromJson(ALONE), FIRST, LAST)).isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace(": 30,", ": 100,")), FIRST, LAST)).isEmpty();
        // From June 2025 the suspension-remobilisation starts at 30 % (décret n° 2025-478).
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace(": 30,", ": 29.99,")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.rsaSanction.suspendedPercentage");
                    assertThat(e.problem()).contains("29.99 %").contains("below the 30 %");
                    assertThat(e.expected()).isEqualTo("a part from 30 to 100 for a sanction from 2025-06");
                });
        // Before June 2025 (the former R262-68), a smaller part was allowed.
        String before = ALONE.replace(": 30,", ": 20,").replace("2025-07\", \"until\": \"2025-08", "2025-04\", \"until\": \"2025-05");
        assertThat(RequestChecks.check(Requests.fromJson(before), FIRST, LAST)).isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace(": 30,", ": 0,")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.rsaSanction.suspendedPercentage");
                    assertThat(e.problem()).isEqualTo("a suspension of 0 % suspends nothing");
                });
        // A foyer of more than one person: 50 % at most.
        assertThat(RequestChecks.check(Requests.fromJson(COUPLE.replace(": 30,", ": 50,")), FIRST, LAST)).isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(COUPLE.replace(": 30,", ": 50.01,")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.rsaSanction.suspendedPercentage");
                    assertThat(e.problem()).contains("household of 2 persons").contains("above the 50 %");
                    assertThat(e.expected()).isEqualTo("a part of at most 50");
                });
    }

    @Test
    void theMonthsSuspendedAreOneToFour() {
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace("\"until\": \"2025-08\"", "\"until\": \"2025-07\"")), FIRST, LAST))
                .isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace("\"until\": \"2025-08\"", "\"until\": \"2025-10\"")), FIRST, LAST))
                .isEmpty();
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace("\"until\": \"2025-08\"", "\"until\": \"2025-11\"")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.rsaSanction.until");
                    assertThat(e.problem()).isEqualTo("a suspension from 2025-07 to 2025-11 lasts more than four months (CASF R262-68)");
                    assertThat(e.expected()).isEqualTo("a month on or before 2025-10");
                });
        assertThat(RequestChecks.check(Requests.fromJson(ALONE.replace("\"until\": \"2025-08\"", "\"until\": \"2025-06\"")), FIRST, LAST))
                .singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("household.rsaSanction.until");
                    assertThat(e.problem()).contains("before it starts (household.rsaSanction.from 2025-07)");
                });
    }
}
