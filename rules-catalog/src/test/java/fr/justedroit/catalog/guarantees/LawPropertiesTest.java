package fr.justedroit.catalog.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.AahHistory;
import fr.justedroit.Activity;
import fr.justedroit.Decision;
import fr.justedroit.Disability;
import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Proof;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Role;
import fr.justedroit.Status;
import fr.justedroit.ViolenceAidClaim;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the law, each checked on {@link Population#SIZE} generated households (10 000 by
 * default). A failure prints the generator's seed, the household's number and month, and the
 * household (and the variant compared with it) as the contract's JSON.
 *
 * <p>Variants of a household are drawn from a random source seeded with the household's number, so a
 * failure is reproduced by the same seed.
 */
class LawPropertiesTest {
    static final int SHOWN = 3;
    static final LocalDate DECONJUGALISATION = LocalDate.of(2023, 10, 1);

    /** The failures of one property; the assertion shows the first few in full. */
    static final class Failures {
        final String property;
        final Queue<String> found = new ConcurrentLinkedQueue<>();
        final AtomicInteger checked = new AtomicInteger();

        Failures(String property) {
            this.property = property;
        }

        void add(String failure) {
            found.add(failure);
        }

        void assertNone() {
            List<String> first = found.stream().limit(SHOWN).toList();
            assertThat(found).as("%s: %d of %d households fail; the first ones:%n%s", property, found.size(), checked.get(),
                    String.join("\n\n", first)).isEmpty();
            assertThat(checked.get()).as("households checked for: " + property).isGreaterThanOrEqualTo(Population.SIZE);
        }
    }

    /** Runs {@code check} on every household number, two threads at a time (the engine is thread-safe). */
    static void forEachHousehold(IntConsumer check) {
        IntStream.range(0, Population.SIZE).parallel().forEach(check);
    }

    static SplittableRandom random(int i, long salt) {
        return new SplittableRandom(Population.SEED * 31 + i * 1_000_003L + salt);
    }

    static BigDecimal euros(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Adds {@code extra} to the entry of its type and period, or as a new entry: one entry per type and month. */
    static void addTo(List<Income> incomes, Income extra) {
        for (int k = 0; k < incomes.size(); k++) {
            Income in = incomes.get(k);
            if (in.type() == extra.type() && java.util.Objects.equals(in.month(), extra.month()) && java.util.Objects.equals(in.year(), extra.year())) {
                incomes.set(k, new Income(in.type(), in.month(), in.year(), in.amount().add(extra.amount())));
                return;
            }
        }
        incomes.add(extra);
    }

    static Request withPersons(Request r, List<Person> persons) {
        return new Request(r.month(), r.household().withPersons(persons), r.violenceAid());
    }

    // =============================================================================================
    // Amounts: never negative, never above the legal maximum of their month

    @Test
    void amountsAreNeverNegativeNorAboveTheLegalMaximumOfTheirMonth() {
        Failures failures = new Failures("amounts within [0, legal maximum]");
        List<Request> requests = Population.requests();
        List<Response> responses = Population.responses();
        forEachHousehold(i -> {
            failures.checked.incrementAndGet();
            for (String problem : boundProblems(requests.get(i), responses.get(i))) {
                failures.add(Population.show(i, problem, requests.get(i)));
            }
        });
        failures.assertNone();
    }

    /** What is wrong with the amounts of {@code response}: one line per decision out of bounds. */
    static List<String> boundProblems(Request request, Response response) {
        List<String> problems = new ArrayList<>();
        for (Decision d : response.decisions()) {
            BigDecimal amount = d.amount();
            if (amount.signum() < 0) {
                problems.add(d.benefit() + " for " + d.beneficiary() + " is negative: " + amount);
            }
            if (d.status() != Status.ELIGIBLE && amount.signum() != 0) {
                problems.add(d.benefit() + " for " + d.beneficiary() + " is " + d.status().jsonName() + " with an amount: " + amount);
            }
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                problems.add(d.benefit() + " for " + d.beneficiary() + " has fractions of a cent: " + amount);
            }
            BigDecimal maximum = maximum(request, d);
            if (maximum != null && amount.compareTo(maximum) > 0) {
                problems.add(d.benefit() + " for " + d.beneficiary() + " is " + amount + ", above its legal maximum " + maximum);
            }
        }
        return problems;
    }

    /** The legal maximum of a decision's amount, from the parameters in force (null: no bound known). */
    static BigDecimal maximum(Request request, Decision d) {
        LocalDate first = request.month().atDay(1);
        List<Person> persons = request.household().persons();
        int members = (int) persons.stream().filter(p -> p.role() != Role.OTHER).count();
        int children = (int) persons.stream().filter(p -> p.role() == Role.CHILD).count();
        switch (d.benefit()) {
            case "rsa":
                // CASF L262-2: the RSA is at most the montant forfaitaire (majoré for an isolated parent).
                return Population.maximumForfait("rsa", first, members, children, true);
            case "prime_activite": {
                // CSS L842-3: montant forfaitaire + a share of earnings - resources (which include the
                // earnings) + a bonification per earner: at most the forfait plus every bonification.
                BigDecimal bonification = Population.param("prime_activite.bonification.taux_maximum", first)
                        .multiply(Population.param("prime_activite.montant_forfaitaire.base", first))
                        .setScale(2, RoundingMode.HALF_UP).add(new BigDecimal("0.01"));
                return Population.maximumForfait("prime_activite", first, members, children, true)
                        .add(bonification.multiply(BigDecimal.valueOf(persons.size())));
            }
            case "aah":
                // CSS L821-1 and D821-2: the AAH paid is never above the montant maximal.
                return Population.param("aah.montant_maximal", first);
            case "violence_aid": {
                // CASF D214-14: at most the RSA montant forfaitaire of the victim and the children.
                LocalDate applied = request.violenceAid() == null || request.violenceAid().applicationDate() == null
                        ? first : request.violenceAid().applicationDate();
                return Population.maximumForfait("rsa", applied, persons.size(), children, false)
                        .max(Population.maximumForfait("rsa", first, persons.size(), children, false));
            }
            default:
                return null;
        }
    }

    // =============================================================================================
    // RSA and AAH never rise when one person's resources rise

    @Test
    void rsaAndAahNeverRiseWhenOnePersonsResourcesRise() {
        AtomicInteger rsaCompared = new AtomicInteger();
        AtomicInteger aahCompared = new AtomicInteger();
        Failures failures = new Failures("RSA and AAH never rise when one person's resources rise");
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        List<Response> responses = Population.responses();
        forEachHousehold(i -> {
            Request base = requests.get(i);
            List<String> aahPersons = responses.get(i).decisions("aah").stream().map(Decision::beneficiary).toList();
            Raise raise = richer(base, aahPersons, random(i, 1));
            Response after = engine.decide(raise.request());
            failures.checked.incrementAndGet();
            List<String> problems = new ArrayList<>(boundProblems(raise.request(), after));
            for (Decision before : responses.get(i).decisions()) {
                boolean aah = before.benefit().equals("aah");
                if (!before.benefit().equals("rsa") && !(aah && raise.sameKinds())) {
                    continue;
                }
                Decision now = after.decision(before.benefit(), before.beneficiary()).orElse(null);
                if (now == null) {
                    problems.add("no " + before.benefit() + " decision for " + before.beneficiary() + " any more");
                } else {
                    (aah ? aahCompared : rsaCompared).incrementAndGet();
                }
                if (now != null && now.amount().compareTo(before.amount()) > 0) {
                    problems.add(before.benefit() + " for " + before.beneficiary() + " rose from " + before.amount() + " to "
                            + now.amount() + " when " + raise.what());
                }
            }
            if (!problems.isEmpty()) {
                failures.add(Population.show(i, String.join("; ", problems), base) + "\nwith more resources:\n"
                        + fr.justedroit.Requests.toJson(raise.request()));
            }
        });
        failures.assertNone();
        System.out.printf("resources rise: RSA compared on %d households, AAH on %d decisions%n", rsaCompared.get(), aahCompared.get());
        assertThat(rsaCompared.get()).isGreaterThanOrEqualTo(Population.SIZE);
        assertThat(aahCompared.get()).as("AAH decisions compared").isGreaterThanOrEqualTo(Population.SIZE / 20);
    }

    /**
     * A household where one person's resources rose, and whether only amounts they already had rose
     * ({@code sameKinds}). A new kind of resource can change how the AAH is assessed (a first
     * earned income moves a beneficiary from the yearly to the quarterly assessment, CSS R821-4-1),
     * so the AAH is compared only when resources the person had rose; the RSA is always compared.
     */
    record Raise(Request request, String what, boolean sameKinds) {
    }

    static Raise richer(Request r, List<String> aahPersons, SplittableRandom random) {
        List<Person> persons = new ArrayList<>(r.household().persons());
        List<int[]> positive = new ArrayList<>();
        // Half the time, when someone has an AAH decision, the resources of that person (or their partner) rise.
        boolean aimAtAah = !aahPersons.isEmpty() && random.nextBoolean();
        for (int p = 0; p < persons.size(); p++) {
            if (aimAtAah && !aahPersons.contains(persons.get(p).id())
                    && !(persons.get(p).role() == Role.PARTNER || persons.get(p).role() == Role.APPLICANT)) {
                continue;
            }
            List<Income> incomes = persons.get(p).incomes();
            for (int k = 0; k < incomes.size(); k++) {
                if (incomes.get(k).amount().signum() > 0) {
                    positive.add(new int[] {p, k});
                }
            }
        }
        BigDecimal more = euros(random.nextDouble() < 0.5 ? 0.01 + random.nextDouble() * 50 : 0.01 + random.nextDouble() * 3000);
        if (!positive.isEmpty() && random.nextDouble() < 0.85) {
            int[] at = positive.get(random.nextInt(positive.size()));
            Person p = persons.get(at[0]);
            List<Income> incomes = new ArrayList<>(p.incomes());
            Income in = incomes.get(at[1]);
            incomes.set(at[1], new Income(in.type(), in.month(), in.year(), in.amount().add(more)));
            persons.set(at[0], p.withIncomes(incomes));
            return new Raise(withPersons(r, persons), p.id() + "'s " + in.type().jsonName() + " of "
                    + (in.month() != null ? in.month() : in.year()) + " rose by " + more, true);
        }
        // A resource of a new kind, or in a month without one.
        int p = random.nextInt(persons.size());
        Person person = persons.get(p);
        IncomeType[] monthly = {IncomeType.NET_SOCIAL_SALARY, IncomeType.SELF_EMPLOYMENT, IncomeType.UNEMPLOYMENT_BENEFIT,
            IncomeType.SICKNESS_BENEFIT, IncomeType.PENSION, IncomeType.ALIMONY_RECEIVED, IncomeType.FAMILY_BENEFITS, IncomeType.OTHER};
        IncomeType type = monthly[random.nextInt(monthly.length)];
        YearMonth month = r.month().minusMonths(1 + random.nextInt(12));
        List<Income> incomes = new ArrayList<>(person.incomes());
        addTo(incomes, Income.monthly(type, month, more));
        persons.set(p, person.withIncomes(incomes));
        return new Raise(withPersons(r, persons), person.id() + " received " + more + " more of " + type.jsonName() + " in " + month, false);
    }

    // =============================================================================================
    // The prime d'activité is zero far above the SMIC

    @Test
    void thePrimeActiviteIsZeroFarAboveTheSmic() {
        Failures failures = new Failures("prime d'activité zero far above the SMIC");
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        forEachHousehold(i -> {
            Request high = farAboveTheSmic(requests.get(i));
            Response response = engine.decide(high);
            failures.checked.incrementAndGet();
            List<String> problems = new ArrayList<>(boundProblems(high, response));
            for (Decision d : response.decisions("prime_activite")) {
                if (d.amount().signum() != 0) {
                    problems.add("prime d'activité " + d.amount() + " (" + d.status().jsonName() + ")");
                }
            }
            if (!problems.isEmpty()) {
                failures.add(Population.show(i, String.join("; ", problems) + " with every adult of the couple paid 10 net SMIC a month",
                        high));
            }
        });
        failures.assertNone();
    }

    /** The household where the applicant and the partner earn 10 net SMIC in each of the 12 months before. */
    static Request farAboveTheSmic(Request r) {
        BigDecimal pay = Population.param("commun.smic.mensuel_net", r.month().atDay(1)).multiply(BigDecimal.TEN);
        List<Person> persons = new ArrayList<>();
        for (Person p : r.household().persons()) {
            if (p.role() == Role.APPLICANT || p.role() == Role.PARTNER) {
                List<Income> incomes = new ArrayList<>();
                for (Income in : p.incomes()) {
                    if (in.type() != IncomeType.NET_SOCIAL_SALARY) {
                        incomes.add(in);
                    }
                }
                for (int k = 1; k <= 12; k++) {
                    incomes.add(Income.monthly(IncomeType.NET_SOCIAL_SALARY, r.month().minusMonths(k), pay));
                }
                p = p.withActivity(Activity.EMPLOYED).withIncomes(incomes);
            }
            persons.add(p);
        }
        return withPersons(r, persons);
    }

    // =============================================================================================
    // The order of persons (and of their incomes) never changes a decision

    @Test
    void theOrderOfPersonsNeverChangesADecision() {
        Failures failures = new Failures("order of persons");
        JusteDroit engine = Population.engine();
        List<Request> requests = Population.requests();
        List<Response> responses = Population.responses();
        forEachHousehold(i -> {
            Request base = requests.get(i);
            List<Person> persons = new ArrayList<>(base.household().persons());
            SplittableRandom random = random(i, 2);
            if (persons.size() > 1) {
                List<String> original = persons.stream().map(Person::id).toList();
                while (persons.stream().map(Person::id).toList().equals(original)) {
                    for (int k = persons.size() - 1; k > 0; k--) {
                        Collections.swap(persons, k, random.nextInt(k + 1));
                    }
                }
            }
            // The entries of each person's incomes are shuffled too: their order means nothing either.
            for (int k = 0; k < persons.size(); k++) {
                List<Income> incomes = new ArrayList<>(persons.get(k).incomes());
                for (int j = incomes.size() - 1; j > 0; j--) {
                    Collections.swap(incomes, j, random.nextInt(j + 1));
                }
                persons.set(k, persons.get(k).withIncomes(incomes));
            }
            Request shuffled = withPersons(base, persons);
            Response response = engine.decide(shuffled);
            failures.checked.incrementAndGet();
            if (sameDecisions(responses.get(i), response)) {
                return;
            }
            // Equal but for the paths of missing inputs (persons[k] moves with the order): compare by id.
            Map<String, String> before = Population.canonical(responses.get(i), base);
            Map<String, String> after = Population.canonical(response, shuffled);
            if (!before.equals(after)) {
                failures.add(Population.show(i, "the decisions change when the persons are listed as "
                        + persons.stream().map(Person::id).toList() + ":\n" + difference(before, after), base));
            }
        });
        failures.assertNone();
    }

    /** The same decisions, as records, whatever their order in the responses. */
    static boolean sameDecisions(Response a, Response b) {
        if (a.decisions().size() != b.decisions().size()) {
            return false;
        }
        for (Decision d : a.decisions()) {
            if (!b.decision(d.benefit(), d.beneficiary()).map(d::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        StringBuilder sb = new StringBuilder();
        for (String key : new java.util.TreeSet<>(union(before.keySet(), after.keySet()))) {
            String b = before.get(key);
            String a = after.get(key);
            if (b == null ? a != null : !b.equals(a)) {
                sb.append("  ").append(key).append("\n    before: ").append(b).append("\n    after:  ").append(a).append('\n');
            }
        }
        return sb.toString();
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    // =============================================================================================
    // Two evaluations of the same request give identical decisions and reasons

    /**
     * Each household's second evaluation is the one {@link ConcurrencyTest} makes, on 16 threads:
     * it must equal the first, made alone (the records of decisions and reasons, and for one request
     * in eight the JSON with the sentences in both languages).
     */
    @Test
    void twoEvaluationsOfTheSameRequestGiveIdenticalDecisionsAndReasons() throws Exception {
        ConcurrencyTest.Run.run();
        int evaluatedTwice = 0;
        for (int i = 0; i < Population.SIZE; i++) {
            evaluatedTwice += ConcurrencyTest.Run.evaluations.get(i) > 0 ? 1 : 0;
        }
        assertThat(evaluatedTwice).as("households evaluated a second time").isEqualTo(Population.SIZE);
        assertThat(ConcurrencyTest.Run.MISMATCHES).as("second evaluations that differ; the first: %s",
                ConcurrencyTest.Run.MISMATCHES.stream().limit(SHOWN).toList()).isEmpty();
    }

    // =============================================================================================
    // The partner's resources: never in the AAH of a person who did not receive it before
    // October 2023 (from October 2023 on), never in the violence aid

    /**
     * Household {@code i}, made to exercise both rules: a month from October 2023, a partner (added
     * if there is none), an applicant with a CDAPH assessment who did not receive the AAH before
     * October 2023 (any earlier history is moved to a date from October 2023, or removed), and a
     * claim for the violence aid by the applicant.
     */
    static Request withPartnerAndClaims(int i) {
        SplittableRandom random = random(i, 3);
        YearMonth month = YearMonth.from(DECONJUGALISATION).plusMonths(random.nextInt(39));
        Request r = Population.household(i, month);
        List<Person> persons = new ArrayList<>(r.household().persons());
        if (persons.stream().noneMatch(p -> p.role() == Role.PARTNER)) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
            List<Income> incomes = new ArrayList<>();
            double pay = 300 + random.nextDouble() * 3500;
            for (int k = 1; k <= 12; k++) {
                incomes.add(Income.monthly(IncomeType.NET_SOCIAL_SALARY, month.minusMonths(k), euros(pay)));
            }
            incomes.add(Income.annual(IncomeType.TAXABLE_INCOME, month.getYear() - 2, euros(pay * 11).setScale(0, RoundingMode.DOWN)));
            incomes.add(Income.annual(IncomeType.TAXABLE_INCOME, month.getYear() - 1, euros(pay * 11).setScale(0, RoundingMode.DOWN)));
            persons.add(1, new Person("partner", Role.PARTNER, birth, Activity.EMPLOYED, false, null, null, incomes));
        }
        for (int k = 0; k < persons.size(); k++) {
            Person p = persons.get(k);
            if (p.role() != Role.APPLICANT) {
                continue;
            }
            Disability disability = p.disability();
            if (disability == null || disability.incapacityRate() == null) {
                int rate = random.nextDouble() < 0.5 ? 80 + random.nextInt(21) : 50 + random.nextInt(30);
                disability = new Disability(rate, random.nextDouble() < 0.8);
            }
            AahHistory aah = p.aah();
            if (aah != null && (aah.receivingSince() == null || aah.receivingSince().isBefore(DECONJUGALISATION))) {
                aah = random.nextBoolean() ? null : new AahHistory(DECONJUGALISATION.plusDays(
                        random.nextInt((int) (month.atEndOfMonth().toEpochDay() - DECONJUGALISATION.toEpochDay()) + 1)), null);
            }
            persons.set(k, p.withDisability(disability).withAah(aah));
        }
        LocalDate application = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        ViolenceAidClaim claim = new ViolenceAidClaim(r.household().applicant().orElseThrow().id(),
                Proof.values()[random.nextInt(Proof.values().length)], application.minusDays(random.nextInt(300)), application,
                random.nextDouble() < 0.1 ? application.minusDays(400 + random.nextInt(300)) : null);
        // With a partner, the applicant is no single parent (the contract refuses both together), and no RSA
        // suspension is kept: its bounds depend on the household's size (R262-68), and this property is the aid's.
        return new Request(month, new Household(persons, r.household().housing(), null), claim);
    }

    /** The same household where the partner's resources changed: none, fewer, more, or new ones. */
    static Request partnerResourcesChanged(Request r, SplittableRandom random) {
        List<Person> persons = new ArrayList<>();
        int how = random.nextInt(4);
        for (Person p : r.household().persons()) {
            if (p.role() == Role.PARTNER) {
                List<Income> incomes = new ArrayList<>();
                if (how != 0) {
                    double factor = how == 1 ? random.nextDouble() : 1 + random.nextDouble() * 4;
                    for (Income in : p.incomes()) {
                        BigDecimal amount = in.amount().multiply(BigDecimal.valueOf(factor)).setScale(in.type().annual() ? 0 : 2, RoundingMode.DOWN);
                        incomes.add(new Income(in.type(), in.month(), in.year(), amount));
                    }
                }
                if (how == 3) {
                    for (int k = 1; k <= 12; k++) {
                        addTo(incomes, Income.monthly(IncomeType.PENSION, r.month().minusMonths(k), euros(100 + random.nextDouble() * 2000)));
                    }
                    addTo(incomes, Income.annual(IncomeType.TAXABLE_INCOME, r.month().getYear() - 2, BigDecimal.valueOf(random.nextInt(60_000))));
                }
                p = p.withIncomes(incomes);
            }
            persons.add(p);
        }
        return withPersons(r, persons);
    }

    /** The two properties of the partner's resources share their households (two evaluations each). */
    static final class PartnerRuns {
        static final Failures AAH = new Failures("the partner's resources never change the AAH of a person who did not receive it before 2023-10");
        static final Failures VIOLENCE = new Failures("the violence aid never depends on the partner's income");
        static final Failures BOUNDS = new Failures("amounts within bounds (households with a partner and claims)");
        static final AtomicInteger aahCompared = new AtomicInteger();
        static final AtomicInteger violenceCompared = new AtomicInteger();

        private static boolean done;

        /**
         * Runs once, from the first test that needs it (not in a static initializer: the worker
         * threads would wait for the class to be initialised, and the class for them).
         */
        static synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            JusteDroit engine = Population.engine();
            forEachHousehold(i -> {
                Request base = withPartnerAndClaims(i);
                Request changed = partnerResourcesChanged(base, random(i, 4));
                Response before = engine.decide(base);
                Response after = engine.decide(changed);
                BOUNDS.checked.incrementAndGet();
                for (String problem : boundProblems(base, before)) {
                    BOUNDS.add(Population.show(i, problem, base));
                }
                for (String problem : boundProblems(changed, after)) {
                    BOUNDS.add(Population.show(i, problem, changed));
                }
                Person applicant = base.household().applicant().orElseThrow();
                String id = applicant.id();
                boolean newToAah = applicant.aah() == null || !applicant.aah().receivingSince().isBefore(DECONJUGALISATION);
                AAH.checked.incrementAndGet();
                if (newToAah) {
                    compare(AAH, i, "aah", id, base, before, changed, after, aahCompared);
                }
                VIOLENCE.checked.incrementAndGet();
                compare(VIOLENCE, i, "violence_aid", id, base, before, changed, after, violenceCompared);
            });
            System.out.printf("partner properties: AAH compared on %d households, violence aid on %d%n", aahCompared.get(),
                    violenceCompared.get());
        }

        static void compare(Failures failures, int i, String benefit, String id, Request base, Response before, Request changed,
                Response after, AtomicInteger compared) {
            Decision b = before.decision(benefit, id).orElse(null);
            Decision a = after.decision(benefit, id).orElse(null);
            if (b == null && a == null) {
                return;
            }
            compared.incrementAndGet();
            if (b != null && b.equals(a)) {
                return; // the records are equal: decision, amount, form, missing inputs, details and reasons
            }
            String cb = b == null ? "none" : Population.canonical(b, base);
            String ca = a == null ? "none" : Population.canonical(a, changed);
            {
                failures.add(Population.show(i, benefit + " for " + id + " changed with the partner's resources:\n    before: " + cb
                        + "\n    after:  " + ca, base) + "\nwith the partner's resources changed:\n" + fr.justedroit.Requests.toJson(changed));
            }
        }
    }

    @Test
    void thePartnersResourcesNeverChangeTheAahOfAPersonNewToItFromOctober2023() {
        PartnerRuns.run();
        PartnerRuns.AAH.assertNone();
        assertThat(PartnerRuns.aahCompared.get()).as("AAH decisions compared").isGreaterThanOrEqualTo(Population.SIZE / 2);
    }

    @Test
    void theViolenceAidNeverDependsOnThePartnersIncome() {
        PartnerRuns.run();
        PartnerRuns.VIOLENCE.assertNone();
        assertThat(PartnerRuns.violenceCompared.get()).as("violence aid decisions compared").isGreaterThanOrEqualTo(Population.SIZE);
    }

    @Test
    void amountsStayWithinBoundsForHouseholdsWithAPartnerAndClaims() {
        PartnerRuns.run();
        PartnerRuns.BOUNDS.assertNone();
    }
}
