package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Population and reform results as a table for people (aligned columns, thousands grouped by spaces,
 * a decimal point) or as CSV for tools (plain exact numbers).
 */
public final class Reports {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private Reports() {
    }

    // --- totals ------------------------------------------------------------------------------

    /** The CSV columns of {@link #totalsCsv}. */
    public static final List<String> TOTALS_COLUMNS = List.of("benefit", "beneficiaries", "eligible_zero", "ineligible",
            "not_computable", "monthly_total", "average_monthly", "annual_cost");

    /** The totals as a readable table. */
    public static String totalsText(Totals t) {
        StringBuilder sb = new StringBuilder();
        sb.append("Population: ").append(count(t.households())).append(" synthetic households (seed ").append(t.seed())
                .append("), decided for ").append(t.month().format(MONTH)).append(".\n");
        sb.append("Amounts in euros. Beneficiaries: eligible with an amount above 0. Annual cost = 12 × the monthly total.\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benefit", "beneficiaries", "eligible, 0 €", "ineligible", "not computable", "monthly total",
                "average/month", "annual cost"});
        long paid = 0;
        for (BenefitTotals b : t.benefits()) {
            rows.add(new String[] {b.benefit() + (PopulationSimulation.ONE_OFF.contains(b.benefit()) ? " (one-off)" : ""),
                    count(b.paid()), count(b.eligibleZero()), count(b.ineligible()), count(b.notComputable()),
                    money(b.monthlyTotal()), money(b.averageMonthly()), money(b.annualCost())});
            paid += b.paid();
        }
        rows.add(new String[] {"all benefits", count(paid), "", "", "", money(t.monthlyTotal()), "",
                money(t.monthlyTotal().multiply(BigDecimal.valueOf(12)))});
        table(sb, rows);
        failures(sb, t.failureCount(), t.failures(), t.seed());
        return sb.toString();
    }

    /** The totals as CSV ({@link #TOTALS_COLUMNS}), exact amounts. */
    public static String totalsCsv(Totals t) {
        StringBuilder sb = new StringBuilder(String.join(",", TOTALS_COLUMNS)).append('\n');
        for (BenefitTotals b : t.benefits()) {
            sb.append(b.benefit()).append(',').append(b.paid()).append(',').append(b.eligibleZero()).append(',')
                    .append(b.ineligible()).append(',').append(b.notComputable()).append(',')
                    .append(plain(b.monthlyTotal())).append(',').append(plain(b.averageMonthly())).append(',')
                    .append(plain(b.annualCost())).append('\n');
        }
        return sb.toString();
    }

    /** One line: how many households, how long, how fast. */
    public static String throughput(long households, long decisions, java.time.Duration elapsed, int threads, int engines) {
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return String.format(Locale.UK, "Decided %s households%s%s in %.1f s: %s households/s on %d thread%s.",
                count(households), decisions > 0 ? " (" + count(decisions) + " decisions)" : "",
                engines > 1 ? " with " + engines + " engines" : "", seconds, count(Math.round(households / seconds)),
                threads, threads == 1 ? "" : "s");
    }

    // --- reform ------------------------------------------------------------------------------

    /** The CSV columns of {@link #reformCsv}. */
    public static final List<String> REFORM_COLUMNS = List.of("benefit", "baseline_beneficiaries", "reform_beneficiaries",
            "winners", "average_gain", "continuing_winners", "average_continuing_gain", "new_rights", "average_new_right",
            "losers", "average_loss", "lost_rights", "baseline_monthly", "reform_monthly", "monthly_difference",
            "annual_difference");

    /**
     * The reform report as a readable table.
     *
     * @param title what is compared with what, e.g. "Reform examples/reforms/rsa-plus-10 against the law in force"
     * @param before the name of the baseline column group ("law"), @param after that of the reform ("reform")
     */
    public static String reformText(ReformReport r, String title, String before, String after) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(": ").append(count(r.households())).append(" synthetic households (seed ").append(r.seed())
                .append("), ").append(r.month().format(MONTH)).append(".\n");
        sb.append("Counts are beneficiaries (households for rsa and prime_activite, persons for aah and violence_aid). A winner\n"
                + "is paid more under \"" + after + "\" than under \"" + before + "\": either already paid (their gain) or a new right\n"
                + "(their amount). A loser is paid less; a lost right, nothing any more.\n");
        sb.append("Amounts in euros a month; annual difference = 12 × the monthly difference.\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benefit", "paid (" + before + ")", "paid (" + after + ")", "winners", "average gain",
                "already paid", "their gain", "new rights", "their amount", "losers", "average loss", "lost rights",
                "monthly difference", "annual difference"});
        BigDecimal monthly = BigDecimal.ZERO;
        for (BenefitChange b : r.benefits()) {
            rows.add(new String[] {b.benefit() + (PopulationSimulation.ONE_OFF.contains(b.benefit()) ? " (one-off)" : ""),
                    count(b.baselinePaid()), count(b.reformPaid()), count(b.winners()), money(b.averageGain()),
                    count(b.continuingWinners()), money(b.averageContinuingGain()), count(b.newRights()), money(b.averageNewRight()),
                    count(b.losers()), money(b.averageLoss()), count(b.lostRights()),
                    signed(b.monthlyDifference()), signed(b.annualDifference())});
            monthly = monthly.add(b.monthlyDifference());
        }
        rows.add(new String[] {"all benefits", "", "", "", "", "", "", "", "", "", "", "", signed(monthly), signed(r.annualDifference())});
        table(sb, rows);
        sb.append('\n').append("Households whose monthly benefits rise: ").append(count(r.householdsGaining()))
                .append("; fall: ").append(count(r.householdsLosing())).append(".\n");
        failures(sb, r.failureCount(), r.failures(), r.seed());
        return sb.toString();
    }

    /** The reform report as CSV ({@link #REFORM_COLUMNS}), exact amounts. */
    public static String reformCsv(ReformReport r) {
        StringBuilder sb = new StringBuilder(String.join(",", REFORM_COLUMNS)).append('\n');
        for (BenefitChange b : r.benefits()) {
            sb.append(b.benefit()).append(',').append(b.baselinePaid()).append(',').append(b.reformPaid()).append(',')
                    .append(b.winners()).append(',').append(plain(b.averageGain())).append(',')
                    .append(b.continuingWinners()).append(',').append(plain(b.averageContinuingGain())).append(',')
                    .append(b.newRights()).append(',').append(plain(b.averageNewRight())).append(',')
                    .append(b.losers()).append(',').append(plain(b.averageLoss())).append(',').append(b.lostRights()).append(',')
                    .append(plain(b.baselineMonthly())).append(',').append(plain(b.reformMonthly())).append(',')
                    .append(plain(b.monthlyDifference())).append(',').append(plain(b.annualDifference())).append('\n');
        }
        return sb.toString();
    }

    // --- helpers -------------------------------------------------------------------------------

    private static void failures(StringBuilder sb, long count, List<Failure> failures, long seed) {
        if (count == 0) {
            return;
        }
        sb.append('\n').append(count(count)).append(" household(s) could not be decided and count in no total; for example:\n");
        for (Failure f : failures) {
            sb.append("  household ").append(f.index()).append(" of seed ").append(seed).append(": ").append(f.message()).append('\n');
        }
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (i == 0 || i == rows.size() - 2) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(total - 2)).append('\n');
            }
        }
    }

    static String count(long n) {
        return new DecimalFormat("#,##0", symbols()).format(n);
    }

    static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", symbols()).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.UK);
        s.setGroupingSeparator(' ');
        s.setDecimalSeparator('.');
        return s;
    }
}
