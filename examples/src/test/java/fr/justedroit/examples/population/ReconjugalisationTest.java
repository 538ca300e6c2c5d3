package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Role;
import fr.justedroit.Status;
import fr.justedroit.examples.Engines;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped example {@code reforms/reconjugalisation}, read the other way round: the law in force
 * against the AAH with the partner's resources again tells what the 2023 déconjugalisation did.
 */
class ReconjugalisationTest {
    static final YearMonth MONTH = YearMonth.of(2024, 6);
    static final long SEED = 2023;
    static final int N = 1_500;

    static ReformReport report;
    static List<Request> households;
    static List<Response> reconjugalised;
    static List<Response> law;

    @BeforeAll
    static void run() {
        // Baseline: the reform (no déconjugalisation); "reform": the law in force.
        report = new PopulationSimulation(SEED, MONTH, N, 2).compare(Engines.reconjugalisation(), Engines.law());
        // Only households where somebody could get an AAH decision (a disability or an AAH history).
        households = new HouseholdGenerator(SEED).households(MONTH, N)
                .filter(h -> h.household().persons().stream().anyMatch(p -> p.disability() != null || p.aah() != null))
                .toList();
        reconjugalised = households.parallelStream().map(Engines.reconjugalisation()::decide).toList();
        law = households.parallelStream().map(Engines.law()::decide).toList();
    }

    @Test
    void theDeconjugalisationHasWinnersNewRightsAndACost() {
        BenefitChange aah = report.benefit("aah");
        assertThat(aah).isNotNull();
        assertThat(aah.continuingWinners()).as("beneficiaries whose AAH rose").isPositive();
        assertThat(aah.newRights()).as("new rights").isPositive();
        // CNAF, January 2024: +312 € a month on average for the 37 600 who gained, 559 € for the 15 000
        // new rights. The synthetic population gives the same orders of magnitude.
        assertThat(aah.averageContinuingGain()).isBetween(new BigDecimal("50"), new BigDecimal("1100"));
        assertThat(aah.averageNewRight()).isBetween(new BigDecimal("50"), new BigDecimal("1100"));
        assertThat(aah.annualDifference()).as("the déconjugalisation costs money").isPositive();
        assertThat(aah.annualDifference()).isEqualByComparingTo(aah.monthlyDifference().multiply(BigDecimal.valueOf(12)));
        assertThat(aah.monthlyDifference()).isEqualByComparingTo(aah.totalGain().subtract(aah.totalLoss()));
        // Only the AAH is concerned: the RSA and the prime d'activité read the AAH received as an input.
        for (String other : List.of("rsa", "prime_activite")) {
            BenefitChange b = report.benefit(other);
            if (b != null) {
                assertThat(b.winners() + b.losers()).as(other).isZero();
            }
        }
    }

    @Test
    void everyWinnerLivesInACouple() {
        long winners = 0;
        for (int i = 0; i < households.size(); i++) {
            Request h = households.get(i);
            Response before = reconjugalised.get(i);
            Response after = law.get(i);
            for (Decision d : after.decisions("aah")) {
                BigDecimal was = before.decision("aah", d.beneficiary()).filter(x -> x.status() == Status.ELIGIBLE)
                        .map(Decision::amount).orElse(BigDecimal.ZERO);
                BigDecimal is = d.status() == Status.ELIGIBLE ? d.amount() : BigDecimal.ZERO;
                if (is.compareTo(was) > 0) {
                    winners++;
                    assertThat(h.household().persons()).as("household of a winner").anyMatch(p -> p.role() == Role.PARTNER);
                }
            }
        }
        assertThat(winners).isEqualTo(report.benefit("aah").winners());
    }
}
