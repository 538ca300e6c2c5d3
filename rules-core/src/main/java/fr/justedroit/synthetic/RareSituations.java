package fr.justedroit.synthetic;

import fr.justedroit.AahHistory;
import fr.justedroit.ActivityStop;
import fr.justedroit.Esat;
import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.InstitutionKind;
import fr.justedroit.InstitutionStay;
import fr.justedroit.Person;
import fr.justedroit.PriorWork;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.RsaSanction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The contract's rarer inputs, added to a generated household so that property tests vary them too:
 * stays in an institution, hours of prior work, an RSA suspension, the start of an activity during the
 * AAH and the months neutralised before it, a stop of activity without replacement income, the end of an
 * unemployment benefit, maternity and first-months sickness allowances, a
 * micro-entrepreneur's turnover, work in an ESAT, and the annual profits of the self-employed under a real regime and of farmers.
 *
 * <p>The frequencies are far above the real ones [assumption, on purpose]: a few thousand households must
 * exercise each input. They are not a population to simulate, which is why {@link HouseholdGenerator}
 * adds them only when asked ({@link HouseholdGenerator#withRareSituations()}), from a random source of
 * their own: the plain population, and every figure computed from it, stay as they were.
 *
 * <p>Every value is one the contract accepts (the checks of {@code RequestChecks}): a generated household
 * is never refused.
 */
final class RareSituations {
    private final SplittableRandom r;
    private final YearMonth month;

    private RareSituations(SplittableRandom r, YearMonth month) {
        this.r = r;
        this.month = month;
    }

    /** {@code request} with some of the rarer inputs, drawn from {@code r}. */
    static Request add(Request request, SplittableRandom r) {
        return new RareSituations(r, request.month()).add(request);
    }

    private Request add(Request request) {
        Household h = request.household();
        List<Person> persons = new ArrayList<>(h.persons().size());
        for (Person p : h.persons()) {
            persons.add(p.role() == Role.CHILD ? p : adult(p));
        }
        Household out = h.withPersons(persons);
        if (chance(0.04)) {
            out = out.withRsaSanction(sanction(persons.size()));
        }
        return new Request(request.month(), out, request.violenceAid());
    }

    private Person adult(Person p) {
        int age = Period.between(p.birthDate(), month.atDay(1)).getYears();
        Person out = p;
        if (age >= 18 && age < 25 && chance(0.3)) {
            out = out.withPriorWork(new PriorWork(r.nextInt(5_000)));
        }
        if (chance(p.disability() != null ? 0.3 : 0.01)) {
            out = out.withInstitutionStay(stay(p, age));
        }
        if (p.aah() != null && p.aah().receivingSince() != null && chance(0.3)) {
            out = out.withAah(withActivityStart(p.aah()));
        }
        if (p.disability() != null && age >= 20 && chance(0.2)) {
            out = out.withEsat(esat(p));
        }
        if (p.activityStop() != null && chance(0.4)) {
            out = out.withActivityStop(new ActivityStop(p.activityStop().date(), false));
        } else if (p.activityStop() == null && !p.incomes().isEmpty() && chance(0.03)) {
            out = out.withActivityStop(new ActivityStop(month.minusMonths(1 + r.nextInt(6)).atEndOfMonth(), chance(0.5)));
        } else if (p.activityStop() == null && receives(p, IncomeType.UNEMPLOYMENT_BENEFIT) && chance(0.2)) {
            // The unemployment benefit's rights end (CASF R262-13: « les allocations aux travailleurs privés d'emploi »).
            out = out.withActivityStop(new ActivityStop(month.minusMonths(1 + r.nextInt(4)).atEndOfMonth(), chance(0.3), true));
        }
        return out.withIncomes(incomes(out));
    }

    /** A stay that began 10 to 400 days before the month decided, and goes on or ends after it began. */
    private InstitutionStay stay(Person p, int age) {
        InstitutionKind kind = InstitutionKind.values()[r.nextInt(InstitutionKind.values().length)];
        LocalDate since = month.atDay(1).minusDays(10 + r.nextInt(390));
        if (since.isBefore(p.birthDate())) {
            since = p.birthDate();
        }
        LocalDate until = chance(0.5) ? null : since.plusDays(r.nextInt(500));
        Boolean forfait = kind == InstitutionKind.PRISON ? null : maybe();
        return new InstitutionStay(kind, since, until, forfait, maybe(), age >= 18 ? maybe() : null);
    }

    /**
     * Work in an ESAT since 1 to 60 months, with the aide au poste and the rémunération garantie of each month
     * from the admission (or 26 months back, which holds the months CSS D821-10 reads) to the month decided;
     * a tenth of workers lack some of them (the AAH is then not computable).
     */
    private Esat esat(Person p) {
        LocalDate since = month.atDay(1).minusMonths(1 + r.nextInt(60)).plusDays(r.nextInt(28));
        if (since.isBefore(p.birthDate())) {
            since = p.birthDate();
        }
        YearMonth first = YearMonth.from(since).isAfter(month.minusMonths(26)) ? YearMonth.from(since) : month.minusMonths(26);
        boolean gaps = chance(0.1);
        BigDecimal aide = euros(650 + r.nextInt(250));
        BigDecimal garantie = aide.add(euros(100 + r.nextInt(600)));
        List<Esat.MonthAmounts> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
            months.add(new Esat.MonthAmounts(m, gaps && chance(0.3) ? null : aide, gaps && chance(0.3) ? null : garantie));
        }
        return new Esat(since, months, maybe());
    }

    private BigDecimal euros(int whole) {
        return BigDecimal.valueOf(whole * 100L + r.nextInt(100), 2);
    }

    /** The AAH history with an activity started within the last year of the right. */
    private AahHistory withActivityStart(AahHistory aah) {
        LocalDate latest = month.atEndOfMonth();
        LocalDate earliest = aah.receivingSince().isAfter(latest.minusYears(1)) ? aah.receivingSince() : latest.minusYears(1);
        long days = Math.max(0, latest.toEpochDay() - earliest.toEpochDay());
        LocalDate start = earliest.plusDays(r.nextLong(days + 1));
        return new AahHistory(aah.receivingSince(), aah.individualisedSince(), start, chance(0.5) ? neutralisedBefore(start) : null);
    }

    /** One to eight months neutralised by earlier starts, each once, within the twelve months before {@code start}'s. */
    private List<YearMonth> neutralisedBefore(LocalDate start) {
        List<YearMonth> months = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            if (chance(0.4) && months.size() < 8) {
                months.add(YearMonth.from(start).minusMonths(k));
            }
        }
        if (months.isEmpty()) {
            months.add(YearMonth.from(start).minusMonths(1 + r.nextInt(12)));
        }
        return months;
    }

    /** A suspension of one to four months around the month decided, within what CASF R262-68 allows. */
    private RsaSanction sanction(int persons) {
        YearMonth from = month.minusMonths(r.nextInt(4));
        YearMonth until = from.plusMonths(r.nextInt(4));
        boolean remobilisation = !from.isBefore(YearMonth.of(2025, 6));
        int least = remobilisation ? 30 : 1;
        int most = persons > 1 ? 50 : 100;
        return new RsaSanction(BigDecimal.valueOf(least + r.nextInt(most - least + 1)), from, until);
    }

    /**
     * Some sickness allowances become those of the first three months, some of a pregnant person's become
     * maternity allowances, and some self-employment incomes become a micro-entrepreneur's turnover (the
     * turnover being the profit grossed up by the abattement, rounded to the cent).
     */
    private List<Income> incomes(Person p) {
        IncomeType micro = null;
        if (chance(0.5)) {
            IncomeType[] kinds = {IncomeType.MICRO_BIC_SALES_TURNOVER, IncomeType.MICRO_BIC_SERVICES_TURNOVER,
                IncomeType.MICRO_BNC_TURNOVER};
            micro = kinds[r.nextInt(kinds.length)];
        }
        IncomeType sickness = chance(0.5) ? (p.pregnant() || chance(0.3) ? IncomeType.MATERNITY_BENEFIT
                : IncomeType.SICKNESS_BENEFIT_FIRST_THREE_MONTHS) : null;
        if (micro == null && receives(p, IncomeType.SELF_EMPLOYMENT) && chance(0.5)) {
            return annualProfits(p);
        }
        List<Income> out = new ArrayList<>(p.incomes().size());
        for (Income in : p.incomes()) {
            if (micro != null && in.type() == IncomeType.SELF_EMPLOYMENT && in.month() != null) {
                BigDecimal turnover = in.amount().multiply(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_UP);
                out.add(Income.monthly(micro, in.month(), turnover));
            } else if (sickness != null && in.type() == IncomeType.SICKNESS_BENEFIT && in.month() != null) {
                out.add(Income.monthly(sickness, in.month(), in.amount()));
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /**
     * A self-employed person under a real regime, or a farmer, whose monthly self-employment incomes become the
     * annual profit of N-1 and N-2, of N-2 only, or of neither year (then the RSA and the prime d'activité cannot
     * be computed: CASF R262-19, CSS R845-2): twelve times the mean month, in whole euros.
     */
    private List<Income> annualProfits(Person p) {
        IncomeType type = chance(0.7) ? IncomeType.REAL_REGIME_ANNUAL_PROFIT : IncomeType.AGRICULTURAL_ANNUAL_PROFIT;
        List<Income> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int months = 0;
        for (Income in : p.incomes()) {
            if (in.type() == IncomeType.SELF_EMPLOYMENT && in.month() != null) {
                total = total.add(in.amount());
                months++;
            } else {
                out.add(in);
            }
        }
        BigDecimal year = total.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP);
        double k = r.nextDouble();
        if (k < 0.9) {
            out.add(Income.annual(type, month.getYear() - 2, year));
        }
        if (k < 0.45) {
            out.add(Income.annual(type, month.getYear() - 1, year.multiply(BigDecimal.valueOf(0.8 + r.nextDouble() * 0.4))
                    .setScale(0, RoundingMode.HALF_UP)));
        }
        return out;
    }

    private static boolean receives(Person p, IncomeType type) {
        return p.incomes().stream().anyMatch(in -> in.type() == type);
    }

    private Boolean maybe() {
        int k = r.nextInt(3);
        return k == 0 ? null : k == 1;
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }
}
