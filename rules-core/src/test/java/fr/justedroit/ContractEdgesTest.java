package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the contract that the bad-input corpus cannot hold as refusals: what is accepted (a
 * byte-order mark, YAML words that are texts), what Java callers build by hand, and bytes that are
 * not UTF-8.
 */
class ContractEdgesTest {
    static final String JSON = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"alice\", \"role\": \"applicant\", "
            + "\"birthDate\": \"1990-05-14\"}]}}";
    static final String YAML = "month: 2025-06\nhousehold:\n  persons:\n    - {id: alice, role: applicant, birthDate: 1990-05-14}\n";

    @Test
    void aByteOrderMarkIsSkippedOnJsonAndYamlAlike() {
        Request plain = Requests.fromJson(JSON);
        assertThat(Requests.fromJson("\uFEFF" + JSON)).isEqualTo(plain);
        assertThat(Requests.fromYaml("\uFEFF" + YAML, null)).isEqualTo(plain);
        byte[] bom = ("\uFEFF" + JSON).getBytes(StandardCharsets.UTF_8);
        assertThat(Requests.fromJson(Requests.decodeUtf8(bom))).isEqualTo(plain);
    }

    @Test
    void yamlOneOneBooleansAreTexts() {
        Request no = Requests.fromYaml(YAML.replace("id: alice", "id: no"), null);
        assertThat(no.household().persons().get(0).id()).isEqualTo("no");
        assertThatThrownBy(() -> Requests.fromYaml(YAML.replace("}", ", pregnant: on}"), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .anySatisfy(err -> {
                            assertThat(err.path()).isEqualTo("household.persons[0].pregnant");
                            assertThat(err.problem()).contains("\"on\"", "wrong type");
                        }));
        assertThat(Requests.fromYaml(YAML.replace("}", ", pregnant: true}"), null).household().persons().get(0).pregnant()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByPlace() {
        byte[] latin1 = "{\"month\": \"2025-06\",\n \"household\": {\"persons\": [{\"id\": \"zo\u00e9\"}]}}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Requests.decodeUtf8(latin1)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).path()).isEqualTo("(request)");
            assertThat(e.errors().get(0).problem()).contains("not UTF-8", "0xE9", "line 2, column 38").doesNotContain("Input length");
        });
    }

    @Test
    void requestsBuiltInJavaGetTheSameFactChecks() {
        JusteDroit engine = TestEngines.toy();
        YearMonth june = YearMonth.of(2025, 6);
        Income march = Income.monthly(IncomeType.NET_SOCIAL_SALARY, YearMonth.of(2025, 3), new BigDecimal("1200.00"));
        Person alice = Person.of("alice", Role.APPLICANT, LocalDate.of(1990, 5, 14));
        Request twice = new Request(june, new Household(List.of(alice.withIncomes(List.of(march, march))), null, null));
        assertThatThrownBy(() -> engine.decide(twice)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.path()).isEqualTo("household.persons[0].incomes[1]");
                    assertThat(err.problem()).contains("household.persons[0].incomes[0]");
                }));
        Request forged = new Request(june, new Household(List.of(Person.of("alice\n\u001b[31m", Role.APPLICANT,
                LocalDate.of(1990, 5, 14))), null, null));
        assertThatThrownBy(() -> engine.decide(forged)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.path()).isEqualTo("household.persons[0].id");
                    assertThat(err.problem()).doesNotContain("\n", "\u001b");
                }));
        // From 15 the victim of a spouse's or partner's violence is unusual, not impossible: decided.
        Person fifteen = Person.of("lou", Role.CHILD, LocalDate.of(2010, 6, 3));
        Request teen = new Request(june, new Household(List.of(alice, fifteen), null, null),
                new ViolenceAidClaim("lou", Proof.COMPLAINT, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 3), null));
        assertThat(engine.decide(teen)).isNotNull();
        Request fourteen = new Request(june, new Household(List.of(alice, Person.of("lou", Role.CHILD, LocalDate.of(2010, 6, 4))), null, null),
                teen.violenceAid());
        assertThatThrownBy(() -> engine.decide(fourteen)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("violenceAid.victim"));
    }

    @Test
    void aSingleParentAloneFromALaterDateIsRefusedAndOneWithoutPartnerDecided() {
        JusteDroit engine = TestEngines.toy();
        Person alice = Person.of("alice", Role.APPLICANT, LocalDate.of(1990, 5, 14));
        Person leo = Person.of("leo", Role.CHILD, LocalDate.of(2023, 1, 20));
        assertThat(engine.decide(new Request(YearMonth.of(2025, 6), new Household(List.of(alice, leo), null, LocalDate.of(2024, 9, 1)))))
                .isNotNull();
        assertThatThrownBy(() -> engine.decide(new Request(YearMonth.of(2025, 6),
                new Household(List.of(alice, leo), null, LocalDate.of(2025, 7, 1))))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("household.singleParentSince"));
    }
    @Test
    void aStayInAnInstitutionRoundTripsAndTheFormerConstructorHasNone() {
        Person alice = new Person("alice", Role.APPLICANT, LocalDate.of(1990, 5, 14), Activity.INACTIVE, false,
                new Disability(80, null), null, List.of());
        assertThat(alice.institutionStay()).isNull();
        InstitutionStay stay = new InstitutionStay(InstitutionKind.MAS, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 31),
                true, null, false);
        Request request = new Request(YearMonth.of(2025, 6), new Household(List.of(alice.withInstitutionStay(stay)), null, null));
        String json = Requests.toJson(request);
        assertThat(json).contains("\"institutionStay\"", "\"kind\" : \"mas\"", "\"forfaitJournalier\" : true")
                .doesNotContain("dependentAscendant");
        assertThat(Requests.fromJson(json)).isEqualTo(request);
        assertThat(Requests.fromJson(Requests.toJsonLine(request)).household().persons().get(0).institutionStay()).isEqualTo(stay);
        assertThat(alice.withInstitutionStay(stay).withIncomes(List.of()).institutionStay()).isEqualTo(stay);
    }
}
