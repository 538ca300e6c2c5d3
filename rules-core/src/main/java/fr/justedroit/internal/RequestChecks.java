package fr.justedroit.internal;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.InputError;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.ViolenceAidClaim;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract's rules that a JSON schema cannot say: one applicant, unique ids, dates that fit the
 * month, amounts that make sense, a month the law is known for. Applied to every request, whether it
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
            checkIncomes(p, path, errors);
        }
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
                errors.add(new InputError("violenceAid.victim", "no person of the household has the id '" + claim.victim() + "'",
                        "the id of a person of the household"));
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

    private static void checkIncomes(Person p, String path, List<InputError> errors) {
        for (int j = 0; j < p.incomes().size(); j++) {
            Income in = p.incomes().get(j);
            String ipath = path + ".incomes[" + j + "]";
            if (in.type().annual()) {
                if (in.year() == null || in.month() != null) {
                    errors.add(new InputError(ipath, "the type " + in.type().jsonName() + " is given per year",
                            "a year and no month"));
                }
            } else if (in.month() == null || in.year() != null) {
                errors.add(new InputError(ipath, "the type " + in.type().jsonName() + " is given per month",
                        "a month (YYYY-MM) and no year"));
            }
            if (in.amount().signum() < 0) {
                errors.add(new InputError(ipath + ".amount", "the amount " + in.amount().toPlainString() + " is negative", "an amount in euros, zero or more"));
            } else if (in.amount().compareTo(ABSURD_AMOUNT) >= 0) {
                errors.add(new InputError(ipath + ".amount", "the amount " + in.amount().toPlainString() + " is implausibly large",
                        "an amount in euros below " + ABSURD_AMOUNT.toPlainString()));
            } else if (in.amount().scale() > 2 && in.amount().stripTrailingZeros().scale() > 2) {
                errors.add(new InputError(ipath + ".amount", "the amount " + in.amount().toPlainString() + " has fractions of a cent",
                        "euros with at most two decimals"));
            }
        }
    }
}
