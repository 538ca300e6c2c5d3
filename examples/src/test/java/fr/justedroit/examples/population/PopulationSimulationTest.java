package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Status;
import fr.justedroit.examples.Engines;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopulationSimulationTest {
    static final YearMonth MONTH = YearMonth.of(2025, 6);
    static final long SEED = 11;
    static final int N = 400;

    static List<Request> households;
    static List<Response> law;
    static List<Response> reform;

    @BeforeAll
    static void decideOneByOne() {
        households = new HouseholdGenerator(SEED).households(MONTH, N).toList();
        law = households.stream().map(Engines.law()::decide).toList();
        reform = households.stream().map(Engines.rsaPlus10()::decide).toList();
    }

    @Test
    void theTotalsAreTheSumsOfTheIndividualDecisions() {
        Totals totals = new PopulationSimulation(SEED, MONTH, N, 2).totals(Engines.law());
        assertThat(totals.households()).isEqualTo(N);
        assertThat(totals.failureCount()).isZero();
        assertThat(totals.decisions()).isEqualTo(law.stream().mapToLong(r -> r.decisions().size()).sum());
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> ineligible = new HashMap<>();
        Map<String, Long> notComputable = new HashMap<>();
        for (Response r : law) {
            for (Decision d : r.decisions()) {
                if (d.status() == Status.ELIGIBLE && d.amount().signum() > 0) {
                    sums.merge(d.benefit(), d.amount(), BigDecimal::add);
                    paid.merge(d.benefit(), 1L, Long::sum);
                }
                if (d.status() == Status.INELIGIBLE) {
                    ineligible.merge(d.benefit(), 1L, Long::sum);
                }
                if (d.status() == Status.NOT_COMPUTABLE) {
                    notComputable.merge(d.benefit(), 1L, Long::sum);
                }
            }
        }
        assertThat(totals.benefits()).isNotEmpty();
        assertThat(totals.benefit("rsa")).isNotNull();
        for (BenefitTotals b : totals.benefits()) {
            assertThat(b.monthlyTotal()).as(b.benefit()).isEqualByComparingTo(sums.getOrDefault(b.benefit(), BigDecimal.ZERO));
            assertThat(b.paid()).as(b.benefit()).isEqualTo(paid.getOrDefault(b.benefit(), 0L));
            assertThat(b.ineligible()).as(b.benefit()).isEqualTo(ineligible.getOrDefault(b.benefit(), 0L));
            assertThat(b.notComputable()).as(b.benefit()).isEqualTo(notComputable.getOrDefault(b.benefit(), 0L));
            assertThat(b.annualCost()).isEqualByComparingTo(b.monthlyTotal().multiply(BigDecimal.valueOf(12)));
            if (b.paid() > 0) {
                assertThat(b.averageMonthly()).isEqualByComparingTo(
                        b.monthlyTotal().divide(BigDecimal.valueOf(b.paid()), 2, java.math.RoundingMode.HALF_UP));
            }
        }
        assertThat(totals.benefit("rsa").paid()).as("some households get the RSA").isPositive();
    }

    @Test
    void theTotalsDoNotDependOnTheNumberOfThreads() {
        Totals one = new PopulationSimulation(SEED, MONTH, 150, 1).totals(Engines.law());
        Totals three = new PopulationSimulation(SEED, MONTH, 150, 3).totals(Engines.law());
        assertThat(three.benefits()).isEqualTo(one.benefits());
        assertThat(Reports.totalsCsv(three)).isEqualTo(Reports.totalsCsv(one));
    }

    @Test
    void theReformReportComparesTheSameHouseholds() {
        ReformReport report = new PopulationSimulation(SEED, MONTH, N, 2).compare(Engines.law(), Engines.rsaPlus10());
        BenefitChange rsa = report.benefit("rsa");
        long winners = 0;
        long newRights = 0;
        BigDecimal gain = BigDecimal.ZERO;
        for (int i = 0; i < N; i++) {
            BigDecimal before = rsaPaid(law.get(i));
            BigDecimal after = rsaPaid(reform.get(i));
            if (after.compareTo(before) > 0) {
                winners++;
                gain = gain.add(after.subtract(before));
            }
            if (before.signum() == 0 && after.signum() > 0) {
                newRights++;
            }
        }
        assertThat(rsa.winners()).isEqualTo(winners).isPositive();
        assertThat(rsa.losers()).isZero();                         // a higher montant forfaitaire never lowers the RSA
        assertThat(rsa.newRights()).isEqualTo(newRights);
        assertThat(rsa.lostRights()).isZero();
        assertThat(rsa.totalGain()).isEqualByComparingTo(gain);
        assertThat(rsa.monthlyDifference()).isEqualByComparingTo(gain);
        assertThat(rsa.annualDifference()).isEqualByComparingTo(gain.multiply(BigDecimal.valueOf(12)));
        assertThat(rsa.averageGain()).isEqualByComparingTo(gain.divide(BigDecimal.valueOf(winners), 2, java.math.RoundingMode.HALF_UP));
        // A rise of 10 % of the montant forfaitaire of a single person (64.65 €) is at most 10 % of
        // the largest family montant: every average gain is of that order.
        assertThat(rsa.averageGain()).isBetween(new BigDecimal("1"), new BigDecimal("200"));
        long gaining = 0;
        long losing = 0;
        for (int i = 0; i < N; i++) {
            int cmp = monthlyBenefits(reform.get(i)).compareTo(monthlyBenefits(law.get(i)));
            gaining += cmp > 0 ? 1 : 0;
            losing += cmp < 0 ? 1 : 0;
        }
        assertThat(report.householdsGaining()).isEqualTo(gaining).isPositive();
        assertThat(report.householdsLosing()).isEqualTo(losing);
        String text = Reports.reformText(report, "Reform rsa-plus-10 against the law in force", "law", "reform");
        assertThat(text).contains("rsa", "winners", "new rights", "annual difference", "+");
        String csv = Reports.reformCsv(report);
        assertThat(csv.split("\n")[0]).isEqualTo(String.join(",", Reports.REFORM_COLUMNS));
    }

    @Test
    void theTextReportShowsEveryBenefitAndTheTotal() {
        Totals totals = new PopulationSimulation(SEED, MONTH, 100, 2).totals(Engines.law());
        String text = Reports.totalsText(totals);
        assertThat(text).contains("100 synthetic households (seed 11)", "June 2025", "12 × the monthly total", "all benefits");
        for (BenefitTotals b : totals.benefits()) {
            assertThat(text).contains(b.benefit());
        }
        assertThat(Reports.totalsCsv(totals).split("\n")).hasSize(totals.benefits().size() + 1);
    }

    private static BigDecimal monthlyBenefits(Response r) {
        return r.decisions().stream().filter(d -> d.status() == Status.ELIGIBLE && !d.benefit().equals("violence_aid"))
                .map(Decision::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal rsaPaid(Response r) {
        return r.decisions("rsa").stream().filter(d -> d.status() == Status.ELIGIBLE).map(Decision::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
