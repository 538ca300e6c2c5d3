package fr.justedroit.internal;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.RsaSanction;
import fr.justedroit.ViolenceAidClaim;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's rules that a JSON schema cannot say: one applicant, unique ids of the contract's
 * character set, dates that fit the month and each other, one income entry per type and month,
 * amounts that make sense, a month the law is known for; facts that cannot be true together
 * (an application or an AAH entitlement after the month decided, a single parent living with a
 * partner, a victim too young for the violence the aid is for) are refused. Applied to every request, whether it
 * came from JSON or was built in Java.
 */
public final class RequestChecks {
    /** Above this, a monthly or annual amount is taken for a typing error. */
    public static final BigDecimal ABSURD_AMOUNT = new BigDecimal("10000000");

    private RequestChecks() {
    }

    /** Every problem of {@code request}; empty when it can be decided. */
    public static List<InputError> check(Request request, YearMonth firstMonth, YearMonth lastMonth) {
        List<InputError> errors = new ArrayList<>();
        YearMonth month = request.month();
        if (month.isBefore(firstMonth) || month.isAfter(lastMonth)) {
            errors.add(new InputError("month", "the law is not known for " + month,
                    "a month from " + firstMonth + " to " + lastMonth));
        }
        Household h = request.household();
        List<Person> persons = h.persons();
        if (persons.isEmpty()) {
            errors.add(new InputError("household.persons", "the household has nobody", "at least the applicant"));
        }
        int applicants = 0;
        int partners = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            String path = "household.persons[" + i + "]";
            if (p.id().isBlank()) {
                errors.add(new InputError(path + ".id", "the id is empty", "a non-empty identifier"));
            } else if (!ContractFields.ID.matcher(p.id()).matches()) {
                errors.add(new InputError(path + ".id", p.id().length() > ContractFields.ID_MAX_LENGTH
                        ? "the id has " + p.id().length() + " characters" : ContractFields.idProblem(p.id()), ContractFields.ID_FORM));
            } else if (!ids.add(p.id())) {
                errors.add(new InputError(path + ".id", "the id '" + p.id() + "' is used twice", "an id unique within the household"));
            }
            if (p.role() == Role.APPLICANT && ++applicants == 2) {
                errors.add(new InputError(path + ".role", "a second applicant", "exactly one person with role applicant"));
            }
            if (p.role() == Role.PARTNER && ++partners == 2) {
                errors.add(new InputError(path + ".role", "a second partner", "at most one person with role partner"));
            }
            if (p.birthDate().isAfter(month.atEndOfMonth())) {
                errors.add(new InputError(path + ".birthDate", "born on " + p.birthDate() + ", after the month decided (" + month + ")",
                        "a date of birth on or before " + month.atEndOfMonth()));
            } else if (p.birthDate().isBefore(month.atDay(1).minusYears(130))) {
                errors.add(new InputError(path + ".birthDate", "born on " + p.birthDate() + ", over 130 years before the month", "a plausible date of birth"));
            }
            if (p.disability() != null && p.disability().incapacityRate() != null) {
                int rate = p.disability().incapacityRate();
                if (rate < 0 || rate > 100) {
                    errors.add(new InputError(path + ".disability.incapacityRate", "the rate " + rate + " is out of range", "a whole number from 0 to 100"));
                }
            }
            checkAah(p, path, month, errors);
            checkActivityStop(p, path, month, errors);
            checkInstitutionStay(p, path, month, errors);
            checkEsat(p, path, month, errors);
            checkIncomes(p, path, errors);
        }
        checkSingleParent(h, month, errors);
        checkRsaSanction(h, errors);
        if (!persons.isEmpty() && applicants == 0) {
            errors.add(new InputError("household.persons", "no person has the role applicant", "exactly one person with role applicant"));
        }
        if (h.housing() != null && h.housing().housingAidAmount() != null
                && (h.housing().housingAidAmount().signum() < 0 || h.housing().housingAidAmount().compareTo(ABSURD_AMOUNT) >= 0)) {
            errors.add(new InputError("household.housing.housingAidAmount", "the amount " + h.housing().housingAidAmount().toPlainString() + " is out of range",
                    "a monthly amount in euros, zero or more"));
        }
        ViolenceAidClaim claim = request.violenceAid();
        if (claim != null) {
            if (claim.victim() == null || h.person(claim.victim()).isEmpty()) {
                errors.add(new InputError("violenceAid.victim", "no person of the household has the id '"
                        + (claim.victim() == null || ContractFields.ID.matcher(claim.victim()).matches() ? claim.victim() : "(not an id)") + "'",
                        "the id of a person of the household"));
            } else {
                checkVictimAge(h, claim, month, errors);
            }
            if (claim.applicationDate() != null && claim.applicationDate().isAfter(month.atEndOfMonth())) {
                errors.add(new InputError("violenceAid.applicationDate", "the application is dated " + claim.applicationDate()
                        + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()));
            } else if (claim.applicationDate() == null && claim.proofDate() != null && claim.proofDate().isAfter(month.atEndOfMonth())) {
                errors.add(new InputError("violenceAid.proofDate", "the proof is dated " + claim.proofDate()
                        + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()));
            }
            if (claim.proofDate() != null && claim.applicationDate() != null && claim.proofDate().isAfter(claim.applicationDate())) {
                errors.add(new InputError("violenceAid.proofDate", "the proof is dated after the application",
                        "a date on or before the application date"));
            }
            // The aid is decided by the law in force on the application date: it must be a date the
            // parameters are known for, like the month.
            if (claim.applicationDate() != null && (claim.applicationDate().isBefore(firstMonth.atDay(1))
                    || claim.applicationDate().isAfter(lastMonth.atEndOfMonth()))) {
                errors.add(new InputError("violenceAid.applicationDate", "the law is not known for " + claim.applicationDate(),
                        "a date from " + firstMonth.atDay(1) + " to " + lastMonth.atEndOfMonth()));
            }
            if (claim.lastAidDate() != null && claim.applicationDate() != null && claim.lastAidDate().isAfter(claim.applicationDate())) {
                errors.add(new InputError("violenceAid.lastAidDate", "the previous aid is dated after the application",
                        "a date on or before the application date"));
            }
        }
        return errors;
    }

    /**
     * The youngest victim the aid can be claimed for. The aide universelle d'urgence is for a victim
     * of violences "commises par son conjoint, son concubin ou le partenaire lié à elle par un pacte
     * civil de solidarité" (CASF art. L214-9, loi n° 2023-140 du 28 février 2023). Marriage is from
     * 18 (C. civ. art. 144) and a PACS between adults (C. civ. art. 515-1); concubinage, a stable and
     * continuous common life as a couple (C. civ. art. 515-8), has no age, but below 15 a minor can
     * consent to no sexual relationship with an adult (C. pén. art. 227-25 and 222-23-1) and lives
     * where the parents say (C. civ. art. 371-3): a victim under 15 cannot be in the couple the law
     * names. From 15 to 17 it is unusual, not impossible: decided. See docs/contract-checks.md.
     */
    public static final int VIOLENCE_AID_MIN_AGE = 15;

    private static void checkVictimAge(Household h, ViolenceAidClaim claim, YearMonth month, List<InputError> errors) {
        Person victim = h.person(claim.victim()).orElseThrow();
        java.time.LocalDate on = claim.applicationDate() != null ? claim.applicationDate() : month.atEndOfMonth();
        if (!victim.birthDate().isAfter(on) && victim.birthDate().plusYears(VIOLENCE_AID_MIN_AGE).isAfter(on)) {
            int index = h.persons().indexOf(victim);
            errors.add(new InputError("violenceAid.victim", "the victim '" + claim.victim() + "' (household.persons[" + index
                    + "].birthDate " + victim.birthDate() + ") is under " + VIOLENCE_AID_MIN_AGE + " on " + on
                    + ": the aid is for violence by a spouse, PACS partner or concubin", "a victim aged "
                    + VIOLENCE_AID_MIN_AGE + " or more (CASF art. L214-9)"));
        }
    }

    /** The current AAH entitlement cannot start after the month decided, nor be individualised before it started. */
    private static void checkAah(Person p, String path, YearMonth month, List<InputError> errors) {
        if (p.aah() == null) {
            return;
        }
        java.time.LocalDate since = p.aah().receivingSince();
        YearMonth individualised = p.aah().individualisedSince();
        if (since != null && since.isAfter(month.atEndOfMonth())) {
            errors.add(new InputError(path + ".aah.receivingSince", "the AAH is received since " + since
                    + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()
                    + ", or no aah history when the AAH is not received"));
        }
        java.time.LocalDate started = p.aah().activityStartedOn();
        if (started != null && started.isAfter(month.atEndOfMonth())) {
            errors.add(new InputError(path + ".aah.activityStartedOn", "the activity starts on " + started
                    + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()
                    + ", or no activityStartedOn"));
        } else if (started != null && started.isBefore(p.birthDate())) {
            errors.add(new InputError(path + ".aah.activityStartedOn", "the activity starts on " + started
                    + ", before the birth (" + path + ".birthDate " + p.birthDate() + ")", "a date on or after " + p.birthDate()));
        }
        checkNeutralisedMonths(p, path, started, errors);
        // An individualisation recorded after the month decided is not a contradiction: a past month
        // is decided with the calculation in force then (the switch counts from its month on).
        if (individualised != null && since != null && individualised.isBefore(YearMonth.from(since))) {
            errors.add(new InputError(path + ".aah.individualisedSince", "individualised from " + individualised
                    + ", before the entitlement began (" + path + ".aah.receivingSince " + since + ")",
                    "a month on or after " + YearMonth.from(since) + " (the switch is made on the current entitlement;"
                            + " a right that began later needs no individualisedSince)"));
        }
    }

    /**
     * A stop of activity is a past fact of the person: not after the month decided (a stop announced for
     * later is not a stop yet: the month is decided on what is true in it), nor before the person was born.
     */
    private static void checkActivityStop(Person p, String path, YearMonth month, List<InputError> errors) {
        if (p.activityStop() == null) {
            return;
        }
        java.time.LocalDate date = p.activityStop().date();
        if (date.isAfter(month.atEndOfMonth())) {
            errors.add(new InputError(path + ".activityStop.date", "the activity stops on " + date
                    + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()
                    + ", or no activityStop while the activity goes on"));
        } else if (date.isBefore(p.birthDate())) {
            errors.add(new InputError(path + ".activityStop.date", "the activity stops on " + date
                    + ", before the person was born (" + path + ".birthDate " + p.birthDate() + ")",
                    "a date on or after " + p.birthDate()));
        }
    }

    /**
     * A stay in an institution (CSS R821-8) begins by the month decided, after the birth, and ends on or
     * after its first day; the forfait journalier (CSS L174-4) is paid in a hospital or a MAS, not in prison.
     */
    private static void checkInstitutionStay(Person p, String path, YearMonth month, List<InputError> errors) {
        fr.justedroit.InstitutionStay stay = p.institutionStay();
        if (stay == null) {
            return;
        }
        String at = path + ".institutionStay";
        if (stay.since().isAfter(month.atEndOfMonth())) {
            errors.add(new InputError(at + ".since", "the stay begins on " + stay.since() + ", after the month decided (" + month + ")",
                    "a date on or before " + month.atEndOfMonth() + ", or no institutionStay"));
        } else if (stay.since().isBefore(p.birthDate())) {
            errors.add(new InputError(at + ".since", "the stay begins on " + stay.since() + ", before the birth ("
                    + path + ".birthDate " + p.birthDate() + ")", "a date on or after " + p.birthDate()));
        }
        if (stay.until() != null && stay.until().isBefore(stay.since())) {
            errors.add(new InputError(at + ".until", "the stay ends on " + stay.until() + ", before it begins ("
                    + at + ".since " + stay.since() + ")", "a date on or after " + stay.since() + ", or null while the stay goes on"));
        }
        if (stay.kind() == fr.justedroit.InstitutionKind.PRISON && stay.forfaitJournalier() != null) {
            errors.add(new InputError(at + ".forfaitJournalier", "a forfait journalier for a stay of kind prison",
                    "no forfaitJournalier for a prison (CSS L174-4: hospitals and MAS); kind hospital or mas"));
        }
    }

    /**
     * Work in an ESAT (CSS D821-5, D821-10): admitted by the month decided and after the birth; one entry
     * per month, none before the month of the admission; amounts in euros, zero or more, to the cent.
     */
    private static void checkEsat(Person p, String path, YearMonth month, List<InputError> errors) {
        fr.justedroit.Esat esat = p.esat();
        if (esat == null) {
            return;
        }
        String at = path + ".esat";
        if (esat.since().isAfter(month.atEndOfMonth())) {
            errors.add(new InputError(at + ".since", "the admission to the ESAT is dated " + esat.since() + ", after the month decided ("
                    + month + ")", "a date on or before " + month.atEndOfMonth() + ", or no esat before the admission"));
        } else if (esat.since().isBefore(p.birthDate())) {
            errors.add(new InputError(at + ".since", "the admission to the ESAT is dated " + esat.since() + ", before the birth ("
                    + path + ".birthDate " + p.birthDate() + ")", "a date on or after " + p.birthDate()));
        }
        Map<YearMonth, Integer> seen = new HashMap<>();
        YearMonth admission = YearMonth.from(esat.since());
        for (int j = 0; j < esat.months().size(); j++) {
            fr.justedroit.Esat.MonthAmounts m = esat.months().get(j);
            String mp = at + ".months[" + j + "]";
            Integer first = seen.putIfAbsent(m.month(), j);
            if (first != null) {
                errors.add(new InputError(mp + ".month", "a second entry for " + m.month() + ": " + at + ".months[" + first
                        + "] has the same month", "one entry per month"));
            } else if (m.month().isBefore(admission)) {
                errors.add(new InputError(mp + ".month", "the month " + m.month() + " is before the admission to the ESAT ("
                        + at + ".since " + esat.since() + ")", "a month from " + admission));
            }
            checkEuros(m.aideAuPoste(), mp + ".aideAuPoste", errors);
            checkEuros(m.remunerationGarantie(), mp + ".remunerationGarantie", errors);
        }
    }

    /** A monthly amount of the contract, when given: zero or more, below the absurd, to the cent. */
    private static void checkEuros(BigDecimal amount, String path, List<InputError> errors) {
        if (amount == null || plainEuros(amount)) {
            return;
        }
        if (amount.signum() < 0) {
            errors.add(new InputError(path, "the amount " + amount.toPlainString() + " is negative", "an amount in euros, zero or more"));
        } else if (amount.compareTo(ABSURD_AMOUNT) >= 0) {
            errors.add(new InputError(path, "the amount " + amount.toPlainString() + " is implausibly large",
                    "an amount in euros below " + ABSURD_AMOUNT.toPlainString()));
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            errors.add(new InputError(path, "the amount " + amount.toPlainString() + " has fractions of a cent",
                    "euros with at most two decimals"));
        }
    }

    /**
     * Whether {@code amount} is one the contract accepts, tested before any path is built: a request carries
     * hundreds of incomes, and {@link #checkEuros} names the path only of a wrong one.
     */
    private static boolean plainEuros(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(ABSURD_AMOUNT) < 0
                && (amount.scale() <= 2 || amount.stripTrailingZeros().scale() <= 2);
    }

    /** The first month of the suspension-remobilisation (décret n° 2025-478 du 30 mai 2025, in force 2025-06-01). */
    private static final YearMonth SUSPENSION_REMOBILISATION = YearMonth.of(2025, 6);
    /** The least part suspended since then (CASF R262-68 as amended by décret n° 2025-478): 30 %. */
    private static final BigDecimal LEAST_PERCENTAGE = BigDecimal.valueOf(30);
    /** The most part suspended for a foyer of more than one person (CASF R262-68, before and after 2025-06-01): 50 %. */
    private static final BigDecimal MOST_PERCENTAGE_SHARED_FOYER = BigDecimal.valueOf(50);
    /** The longest suspension, a repeated failure (CASF R262-68, before and after 2025-06-01): four months. */
    private static final int LONGEST_MONTHS = 4;

    /**
     * A suspension of the RSA (CASF L262-37) is the président du conseil départemental's decision: the
     * engine takes it as given, but only within what R262-68 allows him (a decision outside it is not one
     * the engine can apply): some part suspended, from 30 % for a sanction from June 2025, at most 50 % when
     * the household has more than one person, for one to four months.
     */
    private static void checkRsaSanction(Household h, List<InputError> errors) {
        RsaSanction sanction = h.rsaSanction();
        if (sanction == null) {
            return;
        }
        String path = "household.rsaSanction";
        BigDecimal percentage = sanction.suspendedPercentage();
        if (percentage.signum() <= 0) {
            errors.add(new InputError(path + ".suspendedPercentage", "a suspension of " + percentage.toPlainString()
                    + " % suspends nothing", "a part from more than 0 to 100, or no rsaSanction"));
        } else if (!sanction.from().isBefore(SUSPENSION_REMOBILISATION) && percentage.compareTo(LEAST_PERCENTAGE) < 0) {
            errors.add(new InputError(path + ".suspendedPercentage", "a suspension of " + percentage.toPlainString()
                    + " % from " + sanction.from() + ", below the 30 % the suspension-remobilisation starts at"
                    + " (CASF R262-68, décret n° 2025-478)", "a part from 30 to 100 for a sanction from " + SUSPENSION_REMOBILISATION));
        }
        if (h.persons().size() > 1 && percentage.compareTo(MOST_PERCENTAGE_SHARED_FOYER) > 0) {
            errors.add(new InputError(path + ".suspendedPercentage", "a suspension of " + percentage.toPlainString()
                    + " % of the RSA of a household of " + h.persons().size() + " persons, above the 50 % allowed"
                    + " for a foyer of more than one person (CASF R262-68-6, R262-68 before June 2025)", "a part of at most 50"));
        }
        if (sanction.until().isBefore(sanction.from())) {
            errors.add(new InputError(path + ".until", "the suspension ends in " + sanction.until() + ", before it starts ("
                    + path + ".from " + sanction.from() + ")", "a month on or after " + sanction.from()));
        } else if (!sanction.until().isBefore(sanction.from().plusMonths(LONGEST_MONTHS))) {
            errors.add(new InputError(path + ".until", "a suspension from " + sanction.from() + " to " + sanction.until()
                    + " lasts more than four months (CASF R262-68)", "a month on or before " + sanction.from().plusMonths(LONGEST_MONTHS - 1)));
        }
    }

    /**
     * The months already neutralised by CSS D821-9 1° ({@code aah.neutralisedMonths}) belong to earlier starts of
     * activity: they need the current start ({@code activityStartedOn}), precede its month, and are each given once.
     */
    private static void checkNeutralisedMonths(Person p, String path, java.time.LocalDate started, List<InputError> errors) {
        List<YearMonth> months = p.aah().neutralisedMonths();
        if (months.isEmpty()) {
            return;
        }
        String at = path + ".aah.neutralisedMonths";
        if (started == null) {
            errors.add(new InputError(at, "months already neutralised without the start of activity they precede",
                    "an aah.activityStartedOn, or no neutralisedMonths (CSS D821-9 1°)"));
            return;
        }
        java.util.Set<YearMonth> seen = new java.util.HashSet<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            if (!m.isBefore(YearMonth.from(started))) {
                errors.add(new InputError(at + "[" + i + "]", "the month " + m + " is not before the start of activity ("
                        + path + ".aah.activityStartedOn " + started + "), whose own months the engine neutralises",
                        "a month before " + YearMonth.from(started)));
            } else if (!seen.add(m)) {
                errors.add(new InputError(at + "[" + i + "]", "the month " + m + " is given twice", "each month once"));
            }
        }
    }

    /** Alone with a child, by definition: not with a partner in the household, nor from a later date. */
    private static void checkSingleParent(Household h, YearMonth month, List<InputError> errors) {
        if (h.singleParentSince() == null) {
            return;
        }
        for (int i = 0; i < h.persons().size(); i++) {
            if (h.persons().get(i).role() == Role.PARTNER) {
                errors.add(new InputError("household.singleParentSince", "a single parent since " + h.singleParentSince()
                        + ", but household.persons[" + i + "] is the applicant's partner",
                        "no singleParentSince in a household with a partner"));
                return;
            }
        }
        if (h.singleParentSince().isAfter(month.atEndOfMonth())) {
            errors.add(new InputError("household.singleParentSince", "a single parent since " + h.singleParentSince()
                    + ", after the month decided (" + month + ")", "a date on or before " + month.atEndOfMonth()));
        }
    }

    private static void checkIncomes(Person p, String path, List<InputError> errors) {
        // Keyed by type and period (no strings built per income: a household can carry years of them).
        Map<IncomeEntry, Integer> entries = new HashMap<>();
        for (int j = 0; j < p.incomes().size(); j++) {
            Income in = p.incomes().get(j);
            Integer first = (in.month() == null) == (in.year() == null) ? null
                    : entries.putIfAbsent(new IncomeEntry(in.type(), in.month(), in.year()), j);
            if (first != null) {
                String key = in.type().jsonName() + " " + (in.month() != null ? in.month() : in.year());
                errors.add(new InputError(incomePath(path, j), "a second " + key.replace(" ", " entry for ") + ": " + path + ".incomes[" + first
                        + "] has the same type and " + (in.month() != null ? "month" : "year"),
                        "one entry per type and " + (in.month() != null ? "month" : "year") + " (add the amounts up)"));
            }
            if (in.type().annual()) {
                if (in.year() == null || in.month() != null) {
                    errors.add(new InputError(incomePath(path, j), "the type " + in.type().jsonName() + " is given per year",
                            "a year and no month"));
                }
            } else if (in.month() == null || in.year() != null) {
                errors.add(new InputError(incomePath(path, j), "the type " + in.type().jsonName() + " is given per month",
                        "a month (YYYY-MM) and no year"));
            }
            if (!plainEuros(in.amount())) {
                checkEuros(in.amount(), incomePath(path, j) + ".amount", errors);
            }
        }
    }

    private static String incomePath(String personPath, int index) {
        return personPath + ".incomes[" + index + "]";
    }

    /** One entry of a person's incomes as the contract allows it once: a type and its month or year. */
    private record IncomeEntry(IncomeType type, YearMonth month, Integer year) {
    }
}
