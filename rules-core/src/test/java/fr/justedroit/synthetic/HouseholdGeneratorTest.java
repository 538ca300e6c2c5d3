package fr.justedroit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.justedroit.IncomeType;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Role;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HouseholdGeneratorTest {
    private static final long SEED = 20250601L;
    private static final YearMonth MONTH = YearMonth.of(2025, 6);
    private static final LocalDate DECONJUGALISATION = LocalDate.of(2023, 10, 1);

    private static JusteDroit engine;
    private static List<Request> population;

    @BeforeAll
    static void setUp() throws URISyntaxException {
        // An engine without rules still checks every request as any engine does (RequestChecks).
        Path noRules = Path.of(HouseholdGeneratorTest.class.getResource("/synthetic/no-rules").toURI());
        engine = JusteDroit.builder().ruleSets(noRules).build();
        population = new HouseholdGenerator(SEED).households(MONTH, 10_000).toList();
    }

    @Test
    void theSameSeedGivesTheSameHouseholds() {
        HouseholdGenerator a = new HouseholdGenerator(7);
        HouseholdGenerator b = new HouseholdGenerator(7);
        for (int i = 0; i < 200; i++) {
            Request x = a.next(MONTH);
            assertThat(x).isEqualTo(b.next(MONTH));
            assertThat(x).isEqualTo(a.household(i, MONTH));
        }
        assertThat(new HouseholdGenerator(7).households(MONTH, 300).parallel().toList())
                .isEqualTo(new HouseholdGenerator(7).households(MONTH, 300).toList());
        assertThat(new HouseholdGenerator(8).households(MONTH, 50).toList())
                .isNotEqualTo(new HouseholdGenerator(7).households(MONTH, 50).toList());
    }

    @Test
    void aSeededPopulationIsTheSameFromOneVersionToTheNext() throws Exception {
        // A change of this fingerprint means every seeded population (and the figures quoted in
        // docs/simulations.md) changed: when it is on purpose, update both.
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        new HouseholdGenerator(42).households(MONTH, 100)
                .forEach(r -> sha.update(Requests.toJsonLine(r).getBytes(StandardCharsets.UTF_8)));
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(FINGERPRINT);
    }

    // Changed on purpose by the activityStop of people who lost their job (issue 13): with that field left out, the
    // 100 households hash to the fingerprint before (28a2fc06…), so every other field and draw is the same; the stop
    // has a replacement income, so no decision and no figure of docs/simulations.md changes.
    private static final String FINGERPRINT = "77261c7d8c6775bac224d4f0fb7c31a6b47ef248ef44be294f47460c657d1548";

    @Test
    void everyGeneratedHouseholdIsAValidRequest() {
        check(population, SEED, MONTH);
        for (YearMonth m : List.of(YearMonth.of(2023, 1), YearMonth.of(2023, 9), YearMonth.of(2023, 12), YearMonth.of(2026, 12))) {
            check(new HouseholdGenerator(SEED).households(m, 500).toList(), SEED, m);
        }
    }

    private static void check(List<Request> requests, long seed, YearMonth month) {
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            try {
                engine.decide(r);
            } catch (InvalidRequestException e) {
                fail("household " + i + " of seed " + seed + " for " + month + " is refused: " + e.errors()
                        + "\n" + Requests.toJson(r));
            }
        }
    }

    @Test
    void everyGeneratedHouseholdReadsBackFromItsJson() {
        // Through the published JSON Schema and the reader: the writer and the generator speak the contract.
        for (int i = 0; i < population.size(); i += 50) {
            Request r = population.get(i);
            String json = Requests.toJson(r);
            try {
                // Amounts compare by value: the reader may give 1.4E+2 for 140.00.
                assertThat(Requests.fromJson(json)).as("household %d of seed %d", i, SEED)
                        .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(r);
                assertThat(Requests.fromJson(Requests.toJsonLine(r))).usingRecursiveComparison()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(r);
            } catch (InvalidRequestException e) {
                fail("household " + i + " of seed " + SEED + " breaks the schema: " + e.errors() + "\n" + json);
            }
        }
    }

    @Test
    void thePopulationHasEveryKindOfHousehold() {
        assertShare("couples", h -> h.household().persons().stream().anyMatch(p -> p.role() == Role.PARTNER), 0.35, 0.50);
        assertShare("with children", h -> h.household().persons().stream().anyMatch(p -> p.role() == Role.CHILD), 0.48, 0.60);
        assertShare("single parents", h -> h.household().singleParentSince() != null, 0.12, 0.22);
        assertShare("with an 'other' member", h -> h.household().persons().stream().anyMatch(p -> p.role() == Role.OTHER), 0.01, 0.05);
        assertShare("pregnant", h -> persons(h).anyMatch(Person::pregnant), 0.005, 0.05);
        assertShare("disability 80 %+", h -> persons(h).anyMatch(p -> rate(p) >= 80), 0.03, 0.10);
        assertShare("disability 50-79 % with restriction", h -> persons(h).anyMatch(p -> rate(p) >= 50 && rate(p) < 80
                && Boolean.TRUE.equals(p.disability().employmentRestriction())), 0.02, 0.08);
        assertShare("disability 50-79 % without restriction", h -> persons(h).anyMatch(p -> rate(p) >= 50 && rate(p) < 80
                && Boolean.FALSE.equals(p.disability().employmentRestriction())), 0.003, 0.03);
        assertShare("AAH since before 2023-10-01", h -> persons(h).anyMatch(p -> p.aah() != null
                && p.aah().receivingSince().isBefore(DECONJUGALISATION)), 0.04, 0.14);
        assertShare("AAH since 2023-10-01 or later", h -> persons(h).anyMatch(p -> p.aah() != null
                && !p.aah().receivingSince().isBefore(DECONJUGALISATION)), 0.003, 0.05);
        assertShare("AAH individualised", h -> persons(h).anyMatch(p -> p.aah() != null && p.aah().individualisedSince() != null),
                0.0003, 0.01);
        assertShare("AAH in a couple", h -> persons(h).anyMatch(p -> p.aah() != null)
                && h.household().persons().stream().anyMatch(p -> p.role() == Role.PARTNER), 0.01, 0.04);
        assertShare("couple with a protected AAH (before 2023-10, never individualised)", h -> persons(h).anyMatch(p -> p.aah() != null
                && p.aah().receivingSince().isBefore(DECONJUGALISATION) && p.aah().individualisedSince() == null)
                && h.household().persons().stream().anyMatch(p -> p.role() == Role.PARTNER), 0.003, 0.05);
        assertShare("tenants with a housing aid", h -> h.household().housing() != null && h.household().housing().housingAid(), 0.35, 0.55);
        assertShare("housing unknown", h -> h.household().housing() == null, 0.002, 0.03);
        assertShare("earnings", h -> incomes(h, IncomeType.NET_SOCIAL_SALARY), 0.45, 0.80);
        assertShare("unemployment benefit", h -> incomes(h, IncomeType.UNEMPLOYMENT_BENEFIT), 0.10, 0.35);
        assertShare("AAH income", h -> incomes(h, IncomeType.AAH), 0.05, 0.15);
        assertShare("violence aid claims", h -> h.violenceAid() != null, 0.001, 0.006);
        long valid = population.stream().filter(h -> h.violenceAid() != null && h.violenceAid().proofDate() != null
                && !h.violenceAid().proofDate().isBefore(h.violenceAid().applicationDate().minusMonths(12))).count();
        long expired = population.stream().filter(h -> h.violenceAid() != null && h.violenceAid().proofDate() != null
                && h.violenceAid().proofDate().isBefore(h.violenceAid().applicationDate().minusMonths(12))).count();
        assertThat(valid).as("claims with a valid proof").isPositive();
        assertThat(expired).as("claims with an expired proof").isPositive();
        assertThat(valid).isGreaterThan(expired);
    }

    @Test
    void incomesCoverTheTwelveMonthsBeforeAndTheTaxYearNMinus2() {
        for (Request r : population.subList(0, 2_000)) {
            for (Person p : r.household().persons()) {
                p.incomes().stream().filter(in -> in.month() != null).forEach(in -> assertThat(in.month())
                        .isBetween(MONTH.minusMonths(12), MONTH.minusMonths(1)));
                boolean adultOfTheCouple = p.role() == Role.APPLICANT || p.role() == Role.PARTNER;
                if (adultOfTheCouple) {
                    assertThat(p.incomes()).as("taxable income N-2 of %s", p.id())
                            .anyMatch(in -> in.type() == IncomeType.TAXABLE_INCOME && Objects.equals(in.year(), MONTH.getYear() - 2));
                }
            }
        }
        // A steady earner has a payslip in each of the 12 months.
        assertThat(population.stream().flatMap(r -> r.household().persons().stream())
                .filter(p -> p.incomes().stream().filter(in -> in.type() == IncomeType.NET_SOCIAL_SALARY).count() == 12))
                .isNotEmpty();
    }

    private static java.util.stream.Stream<Person> persons(Request r) {
        return r.household().persons().stream();
    }

    private static int rate(Person p) {
        return p.disability() == null || p.disability().incapacityRate() == null ? -1 : p.disability().incapacityRate();
    }

    private static boolean incomes(Request r, IncomeType type) {
        return persons(r).anyMatch(p -> p.incomes().stream().anyMatch(in -> in.type() == type));
    }

    private static void assertShare(String what, Predicate<Request> test, double low, double high) {
        double share = population.stream().filter(test).count() / (double) population.size();
        assertThat(share).as("share of households: %s", what).isBetween(low, high);
    }
}
