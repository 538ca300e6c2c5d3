package fr.justedroit.synthetic;

import fr.justedroit.AahHistory;
import fr.justedroit.ActivityStop;
import fr.justedroit.Activity;
import fr.justedroit.Disability;
import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.HousingStatus;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.Person;
import fr.justedroit.Proof;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.ViolenceAidClaim;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic households of the contract, for population simulations and
 * property tests. It knows the contract only, never the law: it draws situations, it decides nothing.
 *
 * <pre>{@code
 * HouseholdGenerator gen = new HouseholdGenerator(42);
 * Request one = gen.next(YearMonth.of(2025, 6));                      // household 0, then 1, 2...
 * gen.households(YearMonth.of(2025, 6), 113_000).forEach(engine::decide);
 * Request again = gen.household(17, YearMonth.of(2025, 6));           // household 17, at any time
 * }</pre>
 *
 * <h2>Determinism</h2>
 * Household number {@code i} of seed {@code s} depends only on {@code (s, i, month)}: it is drawn from
 * its own {@link SplittableRandom} seeded with {@link #householdSeed(long, long)}. The same seed gives
 * the same population on every machine and every run, in any order and in parallel, and a single
 * household can be regenerated from its seed and index (tests print both when one fails).
 *
 * <h2>What a household looks like, and how often</h2>
 * The population imitates the <em>allocataires</em> of a caisse d'allocations familiales (people
 * who receive at least one benefit: many low incomes, students with a housing aid, single parents,
 * people with disabilities), not the general population. Figures marked <b>[source]</b> are orders
 * of magnitude of public statistics; those marked <b>[assumption]</b> are ours, chosen to be
 * plausible and to exercise every branch of the rules; none is calibrated on micro-data.
 * <ul>
 * <li><b>Composition</b>: single without child 38 %, single parent 20 %, couple without child 8 %,
 *     couple with children 34 % [assumption, in the order of CNAF allocataire statistics: about a
 *     quarter of families are single-parent families (INSEE, quoted by solidarites.gouv.fr
 *     "Accompagner les familles monoparentales"), and single parents and single people are
 *     over-represented among allocataires]. 3 % of households also have a member with role
 *     {@code other} (a grandparent with a pension, or an adult relative) [assumption].</li>
 * <li><b>Children</b> (when there are some): 1 child 42 %, 2: 38 %, 3: 14 %, 4: 4 %, 5: 2 %
 *     [assumption, INSEE order of magnitude for families with minor children]. Each child is 0 to
 *     24 years old, born when the parent was 18 to 45. Children 16 and over are students (60 %),
 *     apprentices (15 %, with an apprentice's pay), employed (15 %, small part-time pay) or
 *     unemployed (10 %).</li>
 * <li><b>Ages of the applicant</b>: by composition, e.g. single without child 18-24 22 %,
 *     25-29 15 %, 30-39 15 %, 40-49 14 %, 50-59 16 %, 60-69 11 %, 70-89 7 %; parents mostly 30-49
 *     (71 %); a partner is the applicant's age ± 4 years (normal) [assumption].</li>
 * <li><b>Activity</b> (adults without disability, by age): 65+ retired 90 %; 60-64 retired 45 %,
 *     employed 25 %, unemployed 10 %, inactive 20 %; single under 26 without child student 40 %,
 *     employed 30 %, unemployed 15 %, apprentice 7 %, inactive 8 %; otherwise employed 55 %,
 *     self-employed 6 %, unemployed 19 %, inactive 18 %, student 2 % [assumption: allocataires have
 *     a lower employment rate than the population, INSEE employment rate 15-64 is about 68 %].</li>
 * <li><b>Pregnancy</b>: 3 % of applicants or partners aged 18-42 [assumption; about 700 000
 *     births a year in France, INSEE].</li>
 * <li><b>Disability</b>: 13 % of adults (20+) who live without a partner and 3.5 % of those in a
 *     couple have a CDAPH assessment, so that about 9 % of households have an AAH beneficiary and about
 *     a quarter of them live in a couple [source, orders of magnitude: about 1.3 million AAH
 *     beneficiaries (DREES) for about 14 million CAF allocataires (CNAF); most AAH beneficiaries live
 *     alone (DREES)]. Of them, rate of
 *     80 % or more 50 %; 50-79 % 45 % (with the restriction substantielle et durable d'accès à
 *     l'emploi 75 %, without 20 %, unknown 5 %); below 50 % 5 % [assumption; DREES reports a
 *     little more than half of AAH beneficiaries at 80 % or more]. 1 % of assessments have an
 *     unknown rate (so that "not computable" is exercised). A person with an assessment is
 *     inactive 65 %, employed 20 %, unemployed 15 % (retired after 62).</li>
 * <li><b>AAH history</b>: 85 % of people with a rate that opens the AAH (80 %+, or 50-79 % with
 *     the restriction) receive it: {@code receivingSince} uniform from their 20th birthday (not
 *     before 2005) to the decision month, so that most rights opened before 1 October 2023 and some
 *     after. In a couple, a right opened before 2023-10-01 carries {@code individualisedSince} (the
 *     switch, for good, to the calculation without the partner's resources) in 20 % of cases: 2023-10
 *     (the first comparison) for 70 % of them, a later month otherwise; the others leave the engine
 *     to compare both calculations [assumption: the generator does not know the law, so it cannot
 *     know who switched; a recorded switch may now be unfavourable, as after a fall of the partner's
 *     income]. They receive an {@code aah} income each month of the right, around the AAH
 *     maximum of the year (971 € in 2023 to 1 042 € in 2026, the yearly AAH revaluation decrees), lower when they work.</li>
 * <li><b>Earnings</b> ({@code net_social_salary}): full-time 70 %, part-time 30 % (40 to 80 %);
 *     full-time pay log-normal with median 1 450 € and σ 0.35 (so about the net SMIC, around which
 *     low-wage allocataires concentrate, INSEE); ± 5 % from month to month; 15 % of jobs are
 *     irregular (interim, seasonal work, important in the Pyrénées-Orientales: worked in 60 % of
 *     months). The partner of a person with a disability has the pay of the whole population
 *     (median 1 900 €, about the INSEE median net wage) and works in at least half of the cases:
 *     such households are allocataires because of the AAH, not because of low pay. 4 % have 1-3 months of sickness benefit (50-90 % of the pay) instead of pay
 *     [assumption].</li>
 * <li><b>Trajectories over the 12 months</b>: 15 % of employed people started their job during the
 *     year (before: unemployment benefit in 60 % of cases, otherwise nothing); 25 % of unemployed
 *     people lost their job during the year (pay before, unemployment benefit after, and an
 *     {@code activityStop} on the last day of the last month of pay, with a replacement income), 55 % received
 *     unemployment benefit all year (log-normal, median 950 €), 20 % nothing (rights exhausted)
 *     [assumption].</li>
 * <li><b>Other incomes</b>: self-employment log-normal median 900 €, σ 0.7, nothing in 20 % of
 *     months; pensions log-normal median 1 200 €, σ 0.45 [source: DREES average pension ~1 500 €
 *     net, allocataires lower]; students with a small job 30 % (300-800 €, 60 % of months);
 *     apprentices 500-1 200 €; "other" income for 3 % of adults [assumption].</li>
 * <li><b>Family benefits</b> ({@code family_benefits}, declared by the applicant): with 2 children
 *     under 20 about 140 €, 3 about 320 €, +180 € per further child; +180 € in 60 % of families
 *     with a child under 3; single parents without alimony 25 % get about 190 € per child
 *     [approximately the 2024 barèmes of the allocations familiales, PAJE and ASF; only an input].
 *     Alimony is received by 35 % of single parents, 100 to 250 € per child [assumption].</li>
 * <li><b>Housing</b>: tenant 65 % (with a housing aid 70 %), owner with a mortgage 12 % (aid 15 %),
 *     owner 8 %, housed free 13 %, homeless 2 %; singles under 25 are housed free in 30 % of cases.
 *     40 % of housing aids carry their amount (120 to 420 €). 1 % of households do not say how they
 *     are housed [assumption; CNAF: housing aids are the most common benefit].</li>
 * <li><b>Single parents</b>: {@code singleParentSince} within the last 24 months 25 %, earlier
 *     60 %, not given 15 %; a pregnant single applicant alone for 0-6 months [assumption].</li>
 * <li><b>Taxable income</b> ({@code taxable_income}, years N-2 and N-1 of the decision month): 90 %
 *     of the year's taxable incomes (pay, self-employment, unemployment, sickness, pension) times a
 *     random 0.8-1.2 drift, in whole euros, for every adult [assumption].</li>
 * <li><b>Violence aid</b>: 0.3 % of households claim the aide universelle d'urgence in the decision
 *     month (the applicant is the victim) [assumption, above the real monthly rate so that small
 *     runs exercise the aid]; proof: complaint 60 %, protection order 20 %, report to the
 *     prosecutor 17 %, none 3 %; the proof is less than 12 months old in 85 % of claims and older
 *     (expired) in 15 %; 10 % had a previous aid 100 to 700 days earlier.</li>
 * </ul>
 * Incomes are given for the 12 months before the decision month (M-12 to M-1), which covers every
 * reference period the rule sets read (quarters, the month before an application, the year for the
 * AAH's quarterly review), and {@code taxable_income} for N-2 and N-1.
 *
 * <p>Person ids are {@code applicant}, {@code partner}, {@code child1}..., {@code other1}.
 *
 * <p>Thread-safety: {@link #household(long, YearMonth)} and {@link #households} are safe from any
 * thread; {@link #next(YearMonth)} is synchronized.
 */
public final class HouseholdGenerator {
    /** About the number of allocataires of the CAF of the Pyrénées-Orientales: the default population. */
    public static final int PYRENEES_ORIENTALES_ALLOCATAIRES = 113_000;

    /** The months of incomes given before the decision month. */
    public static final int INCOME_MONTHS = 12;

    /** Mixed into the seed of the rarer inputs' own random source (any constant other than 0 would do). */
    private static final long RARE_SALT = 0x5DEECE66DL;

    private final long seed;
    private final boolean rareSituations;
    private long nextIndex;

    /** A generator whose whole population is determined by {@code seed}. */
    public HouseholdGenerator(long seed) {
        this(seed, false);
    }

    private HouseholdGenerator(long seed, boolean rareSituations) {
        this.seed = seed;
        this.rareSituations = rareSituations;
    }

    /**
     * A generator of the same households, to which the contract's rarer inputs are added, far more often
     * than in life (stays in an institution, prior work, an RSA suspension, an activity started during the
     * AAH, stops of activity without replacement income, the end of an unemployment benefit, maternity
     * allowances, micro-entrepreneurs, the annual profits of the self-employed and of farmers, work in an
     * ESAT): for
     * property tests, which must vary every input. Household {@code i} is household {@code i} of this seed
     * with some of these inputs, drawn from a random source of their own, so the plain population is
     * unchanged.
     */
    public HouseholdGenerator withRareSituations() {
        return new HouseholdGenerator(seed, true);
    }

    /** The seed of this generator. */
    public long seed() {
        return seed;
    }

    /** The next household (number 0, then 1, 2...) for {@code month}. */
    public synchronized Request next(YearMonth month) {
        return household(nextIndex++, month);
    }

    /** The index the next call of {@link #next(YearMonth)} will use. */
    public synchronized long nextIndex() {
        return nextIndex;
    }

    /** Household number {@code index} of this seed, for {@code month}: always the same. */
    public Request household(long index, YearMonth month) {
        Request plain = new Draw(new SplittableRandom(householdSeed(seed, index)), month).request();
        return rareSituations ? RareSituations.add(plain, new SplittableRandom(householdSeed(seed ^ RARE_SALT, index))) : plain;
    }

    /**
     * Households number 0 to {@code count - 1} for {@code month}, in order. The stream may be made
     * parallel: each household depends only on its index.
     */
    public Stream<Request> households(YearMonth month, long count) {
        return LongStream.range(0, count).mapToObj(i -> household(i, month));
    }

    /** The seed of the random source of household {@code index} of generator {@code seed}. */
    public static long householdSeed(long seed, long index) {
        return mix(mix(seed) + 0x9E3779B97F4A7C15L * (index + 1));
    }

    /** SplitMix64 finaliser: spreads nearby seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------------------------------

    private enum Composition { SINGLE, SINGLE_PARENT, COUPLE, COUPLE_WITH_CHILDREN }

    /** One person's draw: the facts, then the monthly incomes built from them. */
    private static final class Adult {
        final String id;
        final Role role;
        final LocalDate birth;
        final int age;
        Activity activity;
        boolean pregnant;
        Disability disability;
        AahHistory aah;
        ActivityStop activityStop;
        final List<Income> incomes = new ArrayList<>();

        Adult(String id, Role role, LocalDate birth, int age) {
            this.id = id;
            this.role = role;
            this.birth = birth;
            this.age = age;
        }

        Person person() {
            return new Person(id, role, birth, activity, pregnant, disability, aah, incomes, activityStop, null, null);
        }
    }

    /** Draws one household from its own random source. */
    private static final class Draw {
        private final SplittableRandom r;
        private final YearMonth month;
        private final LocalDate start;
        private final YearMonth firstIncomeMonth;

        Draw(SplittableRandom r, YearMonth month) {
            this.r = r;
            this.month = month;
            this.start = month.atDay(1);
            this.firstIncomeMonth = month.minusMonths(INCOME_MONTHS);
        }

        Request request() {
            Composition composition = pick(Composition.values(), 38, 20, 8, 34);
            boolean couple = composition == Composition.COUPLE || composition == Composition.COUPLE_WITH_CHILDREN;
            boolean withChildren = composition == Composition.SINGLE_PARENT || composition == Composition.COUPLE_WITH_CHILDREN;

            int applicantAge = switch (composition) {
                case SINGLE -> ageIn(new int[] {18, 25, 30, 40, 50, 60, 70, 90}, 22, 15, 15, 14, 16, 11, 7);
                case COUPLE -> ageIn(new int[] {20, 30, 50, 60, 81}, 25, 25, 20, 30);
                default -> ageIn(new int[] {18, 25, 30, 40, 50, 60}, 5, 12, 38, 33, 12);
            };
            List<Adult> adults = new ArrayList<>();
            Adult applicant = new Adult("applicant", Role.APPLICANT, birthDateForAge(applicantAge), applicantAge);
            adults.add(applicant);
            Adult partner = null;
            if (couple) {
                int partnerAge = (int) Math.round(Math.max(18, Math.min(95, applicantAge + gaussian() * 4)));
                partner = new Adult("partner", Role.PARTNER, birthDateForAge(partnerAge), partnerAge);
                adults.add(partner);
            }

            List<Person> children = new ArrayList<>();
            List<Integer> childAges = new ArrayList<>();
            if (withChildren) {
                int n = pick(new Integer[] {1, 2, 3, 4, 5}, 42, 38, 14, 4, 2);
                int youngestParent = partner == null ? applicantAge : Math.min(applicantAge, partner.age);
                int maxChildAge = Math.max(0, Math.min(24, youngestParent - 18));
                int minChildAge = Math.max(0, youngestParent - 45);
                for (int i = 1; i <= n; i++) {
                    int age = minChildAge > maxChildAge ? maxChildAge : minChildAge + r.nextInt(maxChildAge - minChildAge + 1);
                    childAges.add(age);
                    children.add(child("child" + i, age));
                }
            }

            // Pregnancy: one adult of the household aged 18-42.
            for (Adult a : adults) {
                if (a.age >= 18 && a.age <= 42 && chance(0.03)) {
                    a.pregnant = true;
                    break;
                }
            }

            boolean singleYoung = composition == Composition.SINGLE && applicantAge < 26;
            for (Adult a : adults) {
                a.activity = activity(a.age, singleYoung);
                if (a.age >= 20 && chance(couple ? 0.035 : 0.13)) {
                    disability(a, couple);
                }
            }
            for (Adult a : adults) {
                // The partner of a person with a disability: the household is an allocataire because of
                // the AAH, not because of low pay, so the partner's pay follows the whole population.
                boolean partnerOfDisabled = adults.stream().anyMatch(o -> o != a && o.disability != null);
                if (partnerOfDisabled && a.disability == null && a.age < 60 && chance(0.5)) {
                    a.activity = Activity.EMPLOYED;
                }
                incomes(a, partnerOfDisabled ? 1900 : 1450);
            }

            List<Person> others = new ArrayList<>();
            if (chance(0.03)) {
                others.add(otherMember());
            }

            Adult familyDeclarant = applicant;
            familyBenefits(familyDeclarant, childAges, composition == Composition.SINGLE_PARENT);
            for (Adult a : adults) {
                taxableIncome(a.incomes);
            }

            List<Person> persons = new ArrayList<>();
            for (Adult a : adults) {
                persons.add(a.person());
            }
            persons.addAll(children);
            persons.addAll(others);

            LocalDate singleParentSince = null;
            if (!couple && (withChildren || applicant.pregnant)) {
                singleParentSince = singleParentSince(childAges, applicant.pregnant && !withChildren);
            }
            Housing housing = housing(singleYoung);
            Household household = new Household(persons, housing, singleParentSince);
            ViolenceAidClaim claim = chance(0.003) ? violenceAid() : null;
            return new Request(month, household, claim);
        }

        // --- people -------------------------------------------------------------------------

        Person child(String id, int age) {
            LocalDate birth = birthDateForAge(age);
            Activity activity = null;
            List<Income> incomes = new ArrayList<>();
            if (age >= 16) {
                activity = pick(new Activity[] {Activity.STUDENT, Activity.APPRENTICE, Activity.EMPLOYED, Activity.UNEMPLOYED},
                        60, 15, 15, 10);
                if (activity == Activity.APPRENTICE) {
                    double pay = uniform(500, 1200);
                    for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                        incomes.add(monthly(IncomeType.NET_SOCIAL_SALARY, m, pay * (1 + gaussian() * 0.03)));
                    }
                } else if (activity == Activity.EMPLOYED) {
                    double pay = uniform(300, 1100);
                    for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                        if (chance(0.8)) {
                            incomes.add(monthly(IncomeType.NET_SOCIAL_SALARY, m, pay * (1 + gaussian() * 0.05)));
                        }
                    }
                }
                if (age >= 18) {
                    taxableIncome(incomes);
                }
            }
            return new Person(id, Role.CHILD, birth, activity, false, null, null, incomes);
        }

        Person otherMember() {
            List<Income> incomes = new ArrayList<>();
            if (chance(0.6)) {
                int age = 65 + r.nextInt(26);
                double pension = lognormal(1100, 0.4);
                for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                    incomes.add(monthly(IncomeType.PENSION, m, pension));
                }
                taxableIncome(incomes);
                return new Person("other1", Role.OTHER, birthDateForAge(age), Activity.RETIRED, false, null, null, incomes);
            }
            int age = 20 + r.nextInt(21);
            Activity activity = pick(new Activity[] {Activity.EMPLOYED, Activity.UNEMPLOYED, Activity.INACTIVE}, 50, 30, 20);
            if (activity == Activity.EMPLOYED) {
                double pay = lognormal(1300, 0.35);
                for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                    incomes.add(monthly(IncomeType.NET_SOCIAL_SALARY, m, pay * (1 + gaussian() * 0.05)));
                }
                taxableIncome(incomes);
            }
            return new Person("other1", Role.OTHER, birthDateForAge(age), activity, false, null, null, incomes);
        }

        Activity activity(int age, boolean singleYoung) {
            if (age >= 65) {
                return chance(0.9) ? Activity.RETIRED : Activity.INACTIVE;
            }
            if (age >= 60) {
                return pick(new Activity[] {Activity.RETIRED, Activity.EMPLOYED, Activity.UNEMPLOYED, Activity.INACTIVE}, 45, 25, 10, 20);
            }
            if (singleYoung) {
                return pick(new Activity[] {Activity.STUDENT, Activity.EMPLOYED, Activity.UNEMPLOYED, Activity.APPRENTICE, Activity.INACTIVE},
                        40, 30, 15, 7, 8);
            }
            return pick(new Activity[] {Activity.EMPLOYED, Activity.SELF_EMPLOYED, Activity.UNEMPLOYED, Activity.INACTIVE, Activity.STUDENT},
                    55, 6, 19, 18, 2);
        }

        void disability(Adult a, boolean couple) {
            int band = pick(new Integer[] {80, 50, 0}, 50, 45, 5);
            Integer rate;
            Boolean restriction;
            if (band == 80) {
                rate = 80 + 5 * r.nextInt(5);          // 80, 85, ... 100
                restriction = null;
            } else if (band == 50) {
                rate = 50 + r.nextInt(30);             // 50 to 79
                restriction = pick(new Boolean[] {Boolean.TRUE, Boolean.FALSE, null}, 75, 20, 5);
            } else {
                rate = 10 + r.nextInt(40);             // below 50
                restriction = Boolean.FALSE;
            }
            boolean opensAah = rate >= 80 || (rate >= 50 && Boolean.TRUE.equals(restriction));
            if (chance(0.01)) {
                rate = null;                           // an assessment whose rate is not known
            }
            a.disability = new Disability(rate, restriction);
            if (a.age < 62) {
                a.activity = pick(new Activity[] {Activity.INACTIVE, Activity.EMPLOYED, Activity.UNEMPLOYED}, 65, 20, 15);
            }
            if (opensAah && chance(0.85)) {
                LocalDate earliest = max(a.birth.plusYears(20), LocalDate.of(2005, 1, 1));
                if (earliest.isAfter(start)) {
                    earliest = start;
                }
                LocalDate since = earliest.plusDays(r.nextLong(ChronoUnit.DAYS.between(earliest, start) + 1)).withDayOfMonth(1);
                YearMonth individualised = null;
                YearMonth reform = YearMonth.of(2023, 10);
                if (couple && since.isBefore(reform.atDay(1)) && !month.isBefore(reform) && chance(0.2)) {
                    individualised = chance(0.7) ? reform : reform.plusMonths(r.nextLong(ChronoUnit.MONTHS.between(reform, month) + 1));
                }
                a.aah = new AahHistory(since, individualised);
            }
        }

        /** The adult's monthly incomes over the 12 months before the decision month. */
        void incomes(Adult a, double medianPay) {
            boolean works = a.activity == Activity.EMPLOYED;
            double pay = lognormal(medianPay, 0.35) * (chance(0.3) ? uniform(0.4, 0.8) : 1.0);
            pay = Math.max(150, pay);
            boolean irregular = chance(0.15);
            int changeAt = 1 + r.nextInt(INCOME_MONTHS - 1);   // month index (0 = M-12) of a change of situation
            double benefit = lognormal(950, 0.35);
            String trajectory = "stable";
            if (a.activity == Activity.EMPLOYED && chance(0.15)) {
                trajectory = chance(0.6) ? "started_after_benefit" : "started";
            } else if (a.activity == Activity.UNEMPLOYED) {
                trajectory = pick(new String[] {"lost_job", "benefit", "nothing"}, 25, 55, 20);
            }
            if (trajectory.equals("lost_job")) {
                // The job ended with the last month of pay; the unemployment benefit that follows is a replacement
                // income (CASF R262-13: no neutralisation). No draw: the households drawn before stay the same.
                a.activityStop = new ActivityStop(firstIncomeMonth.plusMonths(changeAt - 1).atEndOfMonth(), true);
            }
            int sickFrom = -1;
            int sickMonths = 0;
            if (works && chance(0.04)) {
                sickMonths = 1 + r.nextInt(3);
                sickFrom = r.nextInt(INCOME_MONTHS - sickMonths + 1);
            }
            double selfEmployment = lognormal(900, 0.7);
            double pension = lognormal(1200, 0.45);
            boolean studentJob = chance(0.3);
            double smallPay = uniform(300, 800);
            double apprenticePay = uniform(500, 1200);
            boolean other = chance(0.03);
            double otherAmount = uniform(50, 400);
            double aahMonthly = aahAmount(works || a.activity == Activity.SELF_EMPLOYED);

            for (int i = 0; i < INCOME_MONTHS; i++) {
                YearMonth m = firstIncomeMonth.plusMonths(i);
                switch (a.activity) {
                    case EMPLOYED -> {
                        boolean before = i < changeAt;
                        if (trajectory.startsWith("started") && before) {
                            if (trajectory.equals("started_after_benefit")) {
                                add(a, IncomeType.UNEMPLOYMENT_BENEFIT, m, benefit);
                            }
                        } else if (i >= sickFrom && i < sickFrom + sickMonths) {
                            add(a, IncomeType.SICKNESS_BENEFIT, m, pay * uniform(0.5, 0.9));
                        } else if (!irregular || chance(0.6)) {
                            add(a, IncomeType.NET_SOCIAL_SALARY, m, pay * (1 + gaussian() * 0.05));
                        }
                    }
                    case UNEMPLOYED -> {
                        if (trajectory.equals("lost_job")) {
                            add(a, i < changeAt ? IncomeType.NET_SOCIAL_SALARY : IncomeType.UNEMPLOYMENT_BENEFIT, m,
                                    i < changeAt ? pay * (1 + gaussian() * 0.05) : benefit);
                        } else if (trajectory.equals("benefit")) {
                            add(a, IncomeType.UNEMPLOYMENT_BENEFIT, m, benefit);
                        }
                    }
                    case SELF_EMPLOYED -> {
                        if (chance(0.8)) {
                            add(a, IncomeType.SELF_EMPLOYMENT, m, selfEmployment * uniform(0.5, 1.5));
                        }
                    }
                    case RETIRED -> add(a, IncomeType.PENSION, m, pension);
                    case STUDENT -> {
                        if (studentJob && chance(0.6)) {
                            add(a, IncomeType.NET_SOCIAL_SALARY, m, smallPay);
                        }
                    }
                    case APPRENTICE -> add(a, IncomeType.NET_SOCIAL_SALARY, m, apprenticePay * (1 + gaussian() * 0.03));
                    default -> {
                        // inactive: no income of its own
                    }
                }
                if (other) {
                    add(a, IncomeType.OTHER, m, otherAmount);
                }
                if (a.aah != null && !a.aah.receivingSince().isAfter(m.atEndOfMonth())) {
                    add(a, IncomeType.AAH, m, aahMonthly);
                }
            }
        }

        /** The monthly AAH an adult with an AAH right receives: about the year's maximum, less when working. */
        double aahAmount(boolean working) {
            int year = month.getYear();
            double max = year <= 2023 ? 971.37 : year == 2024 ? 1016.05 : year == 2025 ? 1033.32 : 1041.59;
            return working ? max * uniform(0.3, 0.95) : (chance(0.85) ? max : max * uniform(0.5, 1.0));
        }

        void familyBenefits(Adult declarant, List<Integer> childAges, boolean singleParent) {
            long under20 = childAges.stream().filter(a -> a < 20).count();
            double monthly = 0;
            if (under20 == 2) {
                monthly += 140;
            } else if (under20 >= 3) {
                monthly += 320 + 180 * (under20 - 3);
            }
            if (childAges.stream().anyMatch(a -> a < 3) && chance(0.6)) {
                monthly += 180;
            }
            if (singleParent) {
                if (chance(0.35)) {
                    double alimony = uniform(100, 250) * childAges.size();
                    for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                        add(declarant, IncomeType.ALIMONY_RECEIVED, m, alimony);
                    }
                } else if (chance(0.25)) {
                    monthly += 190 * under20;
                }
            }
            if (monthly > 0) {
                for (YearMonth m = firstIncomeMonth; m.isBefore(month); m = m.plusMonths(1)) {
                    add(declarant, IncomeType.FAMILY_BENEFITS, m, monthly);
                }
            }
        }

        /** Adds {@code taxable_income} for N-2 and N-1 from the monthly taxable incomes of the list. */
        void taxableIncome(List<Income> incomes) {
            double monthly = 0;
            for (Income in : incomes) {
                if (in.month() != null && taxable(in.type())) {
                    monthly += in.amount().doubleValue();
                }
            }
            double yearly = monthly / INCOME_MONTHS * 12;
            int year = month.getYear();
            for (int y = year - 2; y <= year - 1; y++) {
                double amount = yearly * 0.9 * uniform(0.8, 1.2);
                incomes.add(Income.annual(IncomeType.TAXABLE_INCOME, y, BigDecimal.valueOf(Math.round(amount))));
            }
        }

        static boolean taxable(IncomeType type) {
            return switch (type) {
                case NET_SOCIAL_SALARY, SELF_EMPLOYMENT, UNEMPLOYMENT_BENEFIT, SICKNESS_BENEFIT, MATERNITY_BENEFIT,
                        SICKNESS_BENEFIT_FIRST_THREE_MONTHS, PENSION -> true;
                default -> false;
            };
        }

        LocalDate singleParentSince(List<Integer> childAges, boolean pregnantOnly) {
            if (pregnantOnly) {
                return start.minusDays(r.nextInt(183));
            }
            double u = r.nextDouble();
            if (u < 0.15) {
                return null;
            }
            if (u < 0.40) {
                return start.minusDays(r.nextInt(730));
            }
            int oldest = childAges.stream().mapToInt(Integer::intValue).max().orElse(0);
            long span = Math.max(1, (long) oldest * 365 - 730);
            return start.minusDays(730 + r.nextLong(span));
        }

        Housing housing(boolean singleYoung) {
            if (chance(0.01)) {
                return null;
            }
            HousingStatus status = singleYoung && chance(0.3) ? HousingStatus.HOUSED_FREE
                    : pick(HousingStatus.values() /* TENANT, OWNER, OWNER_WITH_MORTGAGE, HOUSED_FREE, HOMELESS */, 65, 8, 12, 13, 2);
            boolean aid = switch (status) {
                case TENANT -> chance(0.7);
                case OWNER_WITH_MORTGAGE -> chance(0.15);
                default -> false;
            };
            BigDecimal amount = aid && chance(0.4) ? money(uniform(120, 420)) : null;
            return new Housing(status, aid, amount);
        }

        ViolenceAidClaim violenceAid() {
            LocalDate application = start.plusDays(r.nextInt(month.lengthOfMonth()));
            Proof proof = pick(new Proof[] {Proof.COMPLAINT, Proof.PROTECTION_ORDER, Proof.REPORT_TO_PROSECUTOR, null}, 60, 20, 17, 3);
            LocalDate proofDate = null;
            if (proof != null) {
                proofDate = chance(0.85) ? application.minusDays(r.nextInt(360)) : application.minusDays(366 + r.nextInt(355));
            }
            LocalDate lastAid = chance(0.1) ? application.minusDays(100 + r.nextInt(601)) : null;
            return new ViolenceAidClaim("applicant", proof, proofDate, application, lastAid);
        }

        // --- helpers -------------------------------------------------------------------------

        void add(Adult a, IncomeType type, YearMonth m, double amount) {
            a.incomes.add(monthly(type, m, amount));
        }

        Income monthly(IncomeType type, YearMonth m, double amount) {
            return Income.monthly(type, m, money(amount));
        }

        static BigDecimal money(double amount) {
            return BigDecimal.valueOf(Math.max(0, amount)).setScale(2, RoundingMode.HALF_UP);
        }

        LocalDate birthDateForAge(int age) {
            // Age {@code age} on the first day of the decision month: born in the year before that birthday.
            LocalDate latest = start.minusYears(age);
            return latest.minusDays(r.nextInt(365));
        }

        int ageIn(int[] bounds, int... weights) {
            Integer[] bands = new Integer[weights.length];
            for (int i = 0; i < weights.length; i++) {
                bands[i] = i;
            }
            int band = pick(bands, weights);
            return bounds[band] + r.nextInt(bounds[band + 1] - bounds[band]);
        }

        <T> T pick(T[] values, int... weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        double uniform(double low, double high) {
            return low + (high - low) * r.nextDouble();
        }

        /** A standard normal draw (Box-Muller with StrictMath), written out so that it never changes with the JDK or CPU. */
        double gaussian() {
            double u = 1.0 - r.nextDouble();
            double v = r.nextDouble();
            return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
        }

        double lognormal(double median, double sigma) {
            return median * StrictMath.exp(sigma * gaussian());
        }

        static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
