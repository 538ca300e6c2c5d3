package fr.justedroit.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the request schema says of each field that the Java type of the record's component does not
 * say: whether it may be null or absent, its bounds, its form. Field names mean the same thing
 * wherever they occur in the contract, so the table is keyed by name. {@code RequestSchemaAgreementTest}
 * keeps it in step with {@code request.schema.json}, the published contract.
 */
final class ContractFields {
    /** Fields whose schema type includes null. */
    static final Set<String> NULLABLE = Set.of("singleParentSince", "activity", "disability", "aah", "incapacityRate",
            "employmentRestriction", "receivingSince", "individualisedSince", "housingAidAmount", "proof", "proofDate",
            "applicationDate", "lastAidDate", "activityStop", "institutionStay", "InstitutionStay.until", "activityStartedOn",
            "forfaitJournalier", "dependentAscendant", "partnerUnableToWork", "rsaSanction", "priorWork",
            "esat", "aideAuPoste", "remunerationGarantie");
    /**
     * Fields listed as required by their object (the request's month is required unless a default month is given).
     * A name alone holds in every object; {@code Record.field} only in that record's (the same name can be
     * optional in one object and required in another: {@code until}).
     */
    static final Set<String> REQUIRED = Set.of("household", "persons", "id", "role", "birthDate", "type", "amount", "status",
            "victim", "date", "replacementIncome", "kind", "since", "suspendedPercentage", "from", "RsaSanction.until", "hours",
            "MonthAmounts.month");
    /**
     * The most hours of work a reference period of CASF D262-25-1 can hold: three years and the six months
     * of unemployment benefit that extend it, every hour of every day (3.5 × 8 760).
     */
    static final int PRIOR_WORK_MAX_HOURS = 30660;
    /** Inclusive numeric bounds (null: unbounded). */
    static final Map<String, BigDecimal[]> RANGE = Map.of(
            "incapacityRate", new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100)},
            "year", new BigDecimal[] {BigDecimal.valueOf(1900), BigDecimal.valueOf(2100)},
            "amount", new BigDecimal[] {BigDecimal.ZERO, null},
            "housingAidAmount", new BigDecimal[] {BigDecimal.ZERO, null},
            "suspendedPercentage", new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100)},
            "hours", new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(PRIOR_WORK_MAX_HOURS)},
            "aideAuPoste", new BigDecimal[] {BigDecimal.ZERO, null},
            "remunerationGarantie", new BigDecimal[] {BigDecimal.ZERO, null});
    /** Inclusive bounds on the number of items of a list. */
    static final Map<String, int[]> ITEMS = Map.of("persons", new int[] {1, 30}, "incomes", new int[] {0, 500},
            "neutralisedMonths", new int[] {0, 12},
            "months", new int[] {0, 500});
    /** Fields holding a person's id. */
    static final Set<String> IDS = Set.of("id", "victim");

    /** The longest id. */
    static final int ID_MAX_LENGTH = 64;
    /**
     * An id: 1 to 64 ASCII letters, digits, {@code _}, {@code -} or {@code .}, starting with a letter or
     * a digit. Ids are printed in responses and text output: no space, no control or escape character
     * can forge a line there.
     */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** The id's form in words, for error messages. */
    static final String ID_FORM = "1 to 64 ASCII letters, digits, '_', '-' or '.', starting with a letter or a digit";

    /**
     * Whether {@code s} has the schema's form of a date ({@code ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$})
     * or of a month ({@code ^[0-9]{4}-(0[1-9]|1[0-2])$}), checked without a regular expression: every
     * request has dozens of months.
     */
    static boolean isDateForm(String s, boolean date) {
        if (s.length() != (date ? 10 : 7) || s.charAt(4) != '-' || !digits(s, 0, 4) || !digits(s, 5, 7)) {
            return false;
        }
        int month = (s.charAt(5) - '0') * 10 + s.charAt(6) - '0';
        if (month < 1 || month > 12) {
            return false;
        }
        if (!date) {
            return true;
        }
        int day = (s.charAt(8) - '0') * 10 + s.charAt(9) - '0';
        return s.charAt(7) == '-' && digits(s, 8, 10) && day >= 1 && day <= 31;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private ContractFields() {
    }

    /** The problem of an id outside the contract's set. */
    static String idProblem(String id) {
        String shown = id.length() > 60 ? id.substring(0, 57) + "..." : id;
        return "the id \"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(shown))
                + "\" has a character outside the contract's set";
    }

    static boolean nullable(String field) {
        return NULLABLE.contains(field);
    }

    /** Whether {@code field} of the record {@code owner} (a simple class name, or {@code null}) may be null. */
    static boolean nullable(String owner, String field) {
        return NULLABLE.contains(field) || owner != null && NULLABLE.contains(owner + "." + field);
    }

    /** Whether {@code field} of the record {@code owner} (a simple class name, or {@code null}) must be given. */
    static boolean required(String owner, String field) {
        return REQUIRED.contains(field) || owner != null && REQUIRED.contains(owner + "." + field);
    }
}
