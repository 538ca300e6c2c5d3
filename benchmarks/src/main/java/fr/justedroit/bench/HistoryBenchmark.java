package fr.justedroit.bench;

import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.HousingStatus;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Role;
import fr.justedroit.history.Facts;
import fr.justedroit.history.History;
import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One household's 48-month history (January 2023 to December 2026) recomputed on a warm engine: a couple
 * with a child, the partner's salary declared late (declared and established facts differ), quarterly
 * examinations, every benefit decided twice a month per version of the facts (AAH pass, then the RSA and
 * the prime d'activité). The target: under 100 ms a history, so that a caisse can run it over
 * all its files.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class HistoryBenchmark {
    private History history;
    private Timeline timeline;

    @Setup
    public void setUp() {
        JusteDroit engine = Engines.build("precompiled", true);
        history = History.on(engine);
        timeline = fortyEightMonths();
    }

    @Benchmark
    public HistoryResult recompute() {
        return history.recompute(timeline);
    }

    /** The benchmark's timeline: 48 months, two versions of the facts. */
    public static Timeline fortyEightMonths() {
        YearMonth from = YearMonth.of(2023, 1);
        YearMonth to = YearMonth.of(2026, 12);
        List<YearMonth> examinations = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(3)) {
            examinations.add(m);
        }
        List<Income> salary = new ArrayList<>();
        for (YearMonth m = from.minusMonths(4); !m.isAfter(to); m = m.plusMonths(1)) {
            salary.add(Income.monthly(IncomeType.NET_SOCIAL_SALARY, m, BigDecimal.valueOf(500 + 10L * (m.getMonthValue() % 5))));
        }
        Housing housing = new Housing(HousingStatus.TENANT, true, new BigDecimal("250.00"));
        Person applicant = Person.of("a", Role.APPLICANT, LocalDate.of(1988, 4, 2));
        Person child = Person.of("c", Role.CHILD, LocalDate.of(2019, 9, 12));
        Person partner = Person.of("b", Role.PARTNER, LocalDate.of(1986, 1, 20));
        Facts declared = new Facts(new Household(List.of(applicant, partner, child), housing, null), List.of(), List.of());
        Facts established = new Facts(new Household(List.of(applicant, partner.withIncomes(salary), child), housing, null),
                List.of(), List.of());
        return new Timeline(from, to, examinations, LocalDate.of(2027, 3, 1), false, declared, established, List.of());
    }
}
