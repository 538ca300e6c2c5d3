package fr.justedroit.examples.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as CSV (RFC 4180, comma-separated, a header line, {@code \n} line ends, amounts in euros
 * with two decimals and a point, the rate as a fraction with four decimals):
 *
 * <pre>
 * income,rsa,prime_activite,household_income,disposable_income,effective_marginal_rate
 * 0.00,646.52,0.00,0.00,646.52,
 * 10.00,636.52,6.10,10.00,652.62,0.3900
 * </pre>
 *
 * A one-off benefit's column is suffixed {@code _one_off} (it is not in the disposable income). The
 * first row has no marginal rate.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    /** The column names, in order. */
    public static List<String> header(IncomeSweep.Result sweep) {
        List<String> header = new ArrayList<>();
        header.add("income");
        for (String b : sweep.benefits()) {
            header.add(IncomeSweep.ONE_OFF.contains(b) ? b + "_one_off" : b);
        }
        header.add("household_income");
        header.add("disposable_income");
        header.add("effective_marginal_rate");
        return header;
    }

    /** The whole CSV text. */
    public static String write(IncomeSweep.Result sweep) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header(sweep))).append('\n');
        for (IncomeSweep.Point p : sweep.points()) {
            sb.append(euros(p.income()));
            for (String b : sweep.benefits()) {
                sb.append(',').append(euros(p.benefits().get(b)));
            }
            sb.append(',').append(euros(p.ownIncome()));
            sb.append(',').append(euros(p.disposable()));
            sb.append(',');
            if (p.marginalRate() != null) {
                sb.append(p.marginalRate().setScale(4).toPlainString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String euros(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
