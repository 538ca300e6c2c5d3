package fr.justedroit.examples.sweep;

import fr.justedroit.Decision;
import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * An income sweep: one person's monthly income of one type varies from {@code from} to {@code to}
 * by {@code step}; the household is decided at each point, and each benefit, the household's
 * disposable income and the effective marginal rate are read off.
 *
 * <pre>{@code
 * JusteDroit engine = JusteDroit.builder().catalog().build();
 * IncomeSweep.Result sweep = IncomeSweep.run(engine, request, "alice", IncomeType.NET_SOCIAL_SALARY,
 *         BigDecimal.ZERO, new BigDecimal("3000"), new BigDecimal("10"));
 * Files.writeString(Path.of("sweep.csv"), SweepCsv.write(sweep));
 * Files.writeString(Path.of("sweep.svg"), SweepChart.svg(sweep, Language.FR));
 * }</pre>
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li>At each point the person receives the amount in <em>every</em> month of the 12 months before
 *     the decision month (the periods the rule sets look at: reference quarters, the month before an
 *     application, the AAH's quarterly review); their other entries of that type in those months
 *     are replaced. For {@code taxable_income} (annual) the amount is the yearly figure of N-2 and
 *     N-1. Nothing else of the household changes.</li>
 * <li>A benefit's amount is the sum of its eligible decisions' monthly amounts (every beneficiary:
 *     two AAH in a couple add up); an ineligible or not computable decision counts 0 (and is listed
 *     in {@link Result#notComputable()}).</li>
 * <li>The household's own income is the average, over the three months before the decision month,
 *     of every monthly income of every member, except the types that a decided benefit replaces
 *     (the {@code aah} income when the AAH is decided, so that it is not counted twice).</li>
 * <li>Disposable income = own income + the monthly benefits. The one-off
 *     {@code violence_aid} is reported but not added to a monthly income.</li>
 * <li>The effective marginal rate between two points is {@code 1 − Δ disposable / Δ income}: the
 *     share of an extra euro that the household does not keep. Above 100 %, earning more leaves the
 *     household poorer: a cliff.</li>
 * </ul>
 */
public final class IncomeSweep {
    /** Benefits paid once, not monthly (contract: "for the violence aid, the one-off amount"). */
    public static final Set<String> ONE_OFF = Set.of("violence_aid");
    /** The months before the decision month given the swept amount. */
    public static final int MONTHS = 12;
    /** The months averaged for the household's own income. */
    public static final int OWN_INCOME_MONTHS = 3;
    /** The largest number of points of a sweep. */
    public static final int MAX_POINTS = 20_000;
    /** The usual order of the benefits in columns and layers. */
    private static final List<String> ORDER = List.of("rsa", "prime_activite", "aah", "violence_aid");

    private IncomeSweep() {
    }

    /**
     * One point of the sweep.
     *
     * @param income the swept amount
     * @param benefits monthly amount per benefit (0 when not eligible), in {@link Result#benefits()} order
     * @param ownIncome the household's own monthly income (see the class comment)
     * @param disposable own income plus the monthly benefits
     * @param marginalRate the effective marginal rate from the previous point, or {@code null} for the first
     */
    public record Point(BigDecimal income, Map<String, BigDecimal> benefits, BigDecimal ownIncome,
            BigDecimal disposable, BigDecimal marginalRate) {
    }

    /**
     * A cliff: between two consecutive points, the disposable income falls although the income rises.
     *
     * @param from the income before
     * @param to the income after
     * @param loss how much disposable income is lost (positive)
     */
    public record Cliff(BigDecimal from, BigDecimal to, BigDecimal loss) {
    }

    /**
     * A sweep.
     *
     * @param month the decision month
     * @param person the id of the person whose income varies
     * @param type the income type that varies
     * @param benefits every benefit decided at some point, in display order
     * @param points the points, by increasing income
     * @param notComputable per benefit, the missing inputs it reported at some point
     */
    public record Result(YearMonth month, String person, IncomeType type, List<String> benefits, List<Point> points,
            Map<String, Set<String>> notComputable) {

        /** The benefits added to the disposable income (every benefit but the one-off ones). */
        public List<String> monthlyBenefits() {
            return benefits.stream().filter(b -> !ONE_OFF.contains(b)).toList();
        }

        /** Every cliff of the sweep, by increasing income. */
        public List<Cliff> cliffs() {
            List<Cliff> cliffs = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                BigDecimal drop = points.get(i - 1).disposable().subtract(points.get(i).disposable());
                if (drop.signum() > 0) {
                    cliffs.add(new Cliff(points.get(i - 1).income(), points.get(i).income(), drop));
                }
            }
            return cliffs;
        }

        /**
         * For each benefit paid at some point, the first income from which it is no longer paid (after
         * having been paid at a lower income); absent when it is paid to the end or never.
         */
        public Map<String, BigDecimal> exits() {
            Map<String, BigDecimal> exits = new LinkedHashMap<>();
            for (String b : benefits) {
                BigDecimal exit = null;
                for (int i = 1; i < points.size(); i++) {
                    boolean before = points.get(i - 1).benefits().get(b).signum() > 0;
                    boolean now = points.get(i).benefits().get(b).signum() > 0;
                    if (before && !now) {
                        exit = points.get(i).income();
                    } else if (now) {
                        exit = null;
                    }
                }
                if (exit != null) {
                    exits.put(b, exit);
                }
            }
            return exits;
        }
    }

    /**
     * Runs the sweep; points are decided in parallel (the engine is thread-safe), the result is in order.
     *
     * @throws IllegalArgumentException naming what is wrong with the person, the range or the step
     * @throws fr.justedroit.InvalidRequestException if the request breaks the contract
     */
    public static Result run(JusteDroit engine, Request request, String personId, IncomeType type,
            BigDecimal from, BigDecimal to, BigDecimal step) {
        if (request.household().person(personId).isEmpty()) {
            throw new IllegalArgumentException("no person of the household has the id '" + personId + "' (ids: "
                    + String.join(", ", request.household().persons().stream().map(Person::id).toList()) + ")");
        }
        if (from.signum() < 0 || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("the range " + from.toPlainString() + " to " + to.toPlainString()
                    + " is empty or negative: expected 0 ≤ from ≤ to");
        }
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("the step " + step.toPlainString() + " must be positive");
        }
        long count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).longValueExact() + 1;
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("the sweep would have " + count + " points: at most " + MAX_POINTS
                    + " (use a larger step)");
        }
        List<BigDecimal> incomes = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            incomes.add(from.add(step.multiply(BigDecimal.valueOf(i))).setScale(2, RoundingMode.HALF_UP));
        }
        List<Response> responses = IntStream.range(0, incomes.size()).parallel()
                .mapToObj(i -> engine.decide(withIncome(request, personId, type, incomes.get(i))))
                .toList();

        Set<String> seen = new TreeSet<>();
        responses.forEach(r -> r.decisions().forEach(d -> seen.add(d.benefit())));
        List<String> benefits = new ArrayList<>();
        ORDER.stream().filter(seen::contains).forEach(benefits::add);
        seen.stream().filter(b -> !ORDER.contains(b)).forEach(benefits::add);

        Map<String, Set<String>> notComputable = new LinkedHashMap<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < incomes.size(); i++) {
            Response response = responses.get(i);
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (String b : benefits) {
                amounts.put(b, BigDecimal.ZERO.setScale(2));
            }
            for (Decision d : response.decisions()) {
                if (d.status() == Status.ELIGIBLE) {
                    amounts.merge(d.benefit(), d.amount(), BigDecimal::add);
                } else if (d.status() == Status.NOT_COMPUTABLE) {
                    notComputable.computeIfAbsent(d.benefit(), k -> new LinkedHashSet<>()).addAll(d.missingInputs());
                }
            }
            Request decided = withIncome(request, personId, type, incomes.get(i));
            BigDecimal own = ownIncome(decided, seen);
            BigDecimal disposable = own;
            for (String b : benefits) {
                if (!ONE_OFF.contains(b)) {
                    disposable = disposable.add(amounts.get(b));
                }
            }
            BigDecimal rate = null;
            if (i > 0) {
                BigDecimal dIncome = incomes.get(i).subtract(incomes.get(i - 1));
                BigDecimal dDisposable = disposable.subtract(points.get(i - 1).disposable());
                rate = BigDecimal.ONE.subtract(dDisposable.divide(dIncome, 4, RoundingMode.HALF_UP));
            }
            points.add(new Point(incomes.get(i), Collections.unmodifiableMap(amounts), own, disposable, rate));
        }
        return new Result(request.month(), personId, type, List.copyOf(benefits), List.copyOf(points),
                Collections.unmodifiableMap(notComputable));
    }

    /**
     * The request in which {@code personId} receives {@code amount} of {@code type} in each of the 12
     * months before the decision month (or, for an annual type, in years N-2 and N-1).
     */
    public static Request withIncome(Request request, String personId, IncomeType type, BigDecimal amount) {
        YearMonth month = request.month();
        List<Person> persons = new ArrayList<>();
        for (Person p : request.household().persons()) {
            if (!p.id().equals(personId)) {
                persons.add(p);
                continue;
            }
            List<Income> incomes = new ArrayList<>();
            if (type.annual()) {
                int n = month.getYear();
                for (Income in : p.incomes()) {
                    if (!(in.type() == type && in.year() != null && in.year() >= n - 2 && in.year() <= n - 1)) {
                        incomes.add(in);
                    }
                }
                incomes.add(Income.annual(type, n - 2, amount));
                incomes.add(Income.annual(type, n - 1, amount));
            } else {
                YearMonth first = month.minusMonths(MONTHS);
                for (Income in : p.incomes()) {
                    boolean replaced = in.type() == type && in.month() != null
                            && !in.month().isBefore(first) && in.month().isBefore(month);
                    if (!replaced) {
                        incomes.add(in);
                    }
                }
                for (YearMonth m = first; m.isBefore(month); m = m.plusMonths(1)) {
                    incomes.add(Income.monthly(type, m, amount));
                }
            }
            persons.add(p.withIncomes(incomes));
        }
        Household h = request.household();
        return new Request(month, new Household(persons, h.housing(), h.singleParentSince()), request.violenceAid());
    }

    /** The household's own monthly income: the average over the 3 months before the decision month. */
    static BigDecimal ownIncome(Request request, Set<String> decidedBenefits) {
        YearMonth month = request.month();
        YearMonth first = month.minusMonths(OWN_INCOME_MONTHS);
        BigDecimal total = BigDecimal.ZERO;
        for (Person p : request.household().persons()) {
            for (Income in : p.incomes()) {
                if (in.month() == null || in.month().isBefore(first) || !in.month().isBefore(month)) {
                    continue;
                }
                if (in.type() == IncomeType.AAH && decidedBenefits.contains("aah")) {
                    continue;
                }
                total = total.add(in.amount());
            }
        }
        return total.divide(BigDecimal.valueOf(OWN_INCOME_MONTHS), 2, RoundingMode.HALF_UP);
    }
}
