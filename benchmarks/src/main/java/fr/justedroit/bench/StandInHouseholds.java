package fr.justedroit.bench;

import fr.justedroit.AahHistory;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small seeded generator of plausible households, for the benchmarks only, standing in until the
 * project's population generator is used. Same seed, same households.
 *
 * <p>Mix (rough, not calibrated on any statistics): one or two adults, zero to four children, half of
 * the adults with a payslip in each of the six months before the decision month, some unemployment
 * benefit, the annual taxable income of two years before, every housing status, housing aid for half
 * of the households, a disability for one adult in ten (some already receiving the AAH), a violence-aid
 * claim for one household in twenty.
 */
public final class StandInHouseholds {
    private static final HousingStatus[] HOUSING = HousingStatus.values();
    private static final Proof[] PROOFS = Proof.values();
    private static final Activity[] ADULT_ACTIVITIES = {
        Activity.EMPLOYED, Activity.EMPLOYED, Activity.EMPLOYED, Activity.UNEMPLOYED, Activity.UNEMPLOYED,
        Activity.INACTIVE, Activity.SELF_EMPLOYED, Activity.STUDENT, Activity.RETIRED, Activity.APPRENTICE};

    private StandInHouseholds() {
    }

    /** {@code count} requests for {@code month}, from {@code seed}. */
    public static List<Request> generate(long seed, int count, YearMonth month) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request(random, month));
        }
        return requests;
    }

    /** One request drawn from {@code random}. */
    public static Request request(SplittableRandom random, YearMonth month) {
        LocalDate first = month.atDay(1);
        List<Person> persons = new ArrayList<>();
        persons.add(adult(random, "p1", Role.APPLICANT, month));
        boolean couple = random.nextInt(10) < 4;
        if (couple) {
            persons.add(adult(random, "p2", Role.PARTNER, month));
        }
        int children = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(4);
        for (int c = 0; c < children; c++) {
            LocalDate birth = first.minusDays(random.nextInt(365 * 22));
            persons.add(Person.of("c" + (c + 1), Role.CHILD, birth));
        }
        HousingStatus status = HOUSING[random.nextInt(HOUSING.length)];
        boolean aid = (status == HousingStatus.TENANT || status == HousingStatus.OWNER_WITH_MORTGAGE)
                && random.nextBoolean();
        BigDecimal aidAmount = aid && random.nextBoolean() ? euros(100 + random.nextInt(300)) : null;
        Housing housing = random.nextInt(50) == 0 ? null : new Housing(status, aid, aidAmount);
        LocalDate singleParentSince = !couple && (children > 0 || persons.get(0).pregnant())
                && random.nextInt(3) == 0 ? first.minusMonths(random.nextInt(30)) : null;
        Household household = new Household(persons, housing, singleParentSince);
        ViolenceAidClaim claim = random.nextInt(20) == 0
                ? violenceAid(random, first)
                : null;
        return new Request(month, household, claim);
    }

    private static ViolenceAidClaim violenceAid(SplittableRandom random, LocalDate first) {
        LocalDate application = first.minusDays(random.nextInt(10));
        return new ViolenceAidClaim("p1", PROOFS[random.nextInt(PROOFS.length)],
                application.minusDays(random.nextInt(60)), application, null);
    }

    private static Person adult(SplittableRandom random, String id, Role role, YearMonth month) {
        LocalDate birth = month.atDay(1).minusYears(18 + random.nextInt(50)).minusDays(random.nextInt(365));
        Activity activity = ADULT_ACTIVITIES[random.nextInt(ADULT_ACTIVITIES.length)];
        boolean pregnant = role == Role.APPLICANT && random.nextInt(30) == 0;
        Disability disability = null;
        AahHistory aah = null;
        if (random.nextInt(10) == 0) {
            disability = new Disability(50 + random.nextInt(46), random.nextBoolean());
            if (random.nextBoolean()) {
                aah = new AahHistory(month.atDay(1).minusMonths(1 + random.nextInt(60)), null);
            }
        }
        List<Income> incomes = new ArrayList<>();
        if (activity == Activity.EMPLOYED || activity == Activity.APPRENTICE || activity == Activity.SELF_EMPLOYED) {
            int monthly = 200 + random.nextInt(2300);
            IncomeType type = activity == Activity.SELF_EMPLOYED ? IncomeType.SELF_EMPLOYMENT : IncomeType.NET_SOCIAL_SALARY;
            for (int m = 6; m >= 1; m--) {
                incomes.add(Income.monthly(type, month.minusMonths(m), euros(monthly + random.nextInt(50))));
            }
        } else if (activity == Activity.UNEMPLOYED && random.nextBoolean()) {
            int monthly = 300 + random.nextInt(900);
            for (int m = 6; m >= 1; m--) {
                incomes.add(Income.monthly(IncomeType.UNEMPLOYMENT_BENEFIT, month.minusMonths(m), euros(monthly)));
            }
        }
        if (random.nextBoolean()) {
            incomes.add(Income.annual(IncomeType.TAXABLE_INCOME, month.getYear() - 2, euros(random.nextInt(25_000))));
        }
        return new Person(id, role, birth, activity, pregnant, disability, aah, incomes);
    }

    private static BigDecimal euros(int amount) {
        return BigDecimal.valueOf(amount * 100L, 2);
    }
}
