package fr.justedroit.examples.population;

import fr.justedroit.Decision;
import fr.justedroit.Response;
import fr.justedroit.Status;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted sums per benefit over some households: how many households are paid it (unweighted), the
 * weighted count of its recipients (a household for the RSA and the prime d'activité, a person for the
 * AAH and the violence aid), and the weighted monthly amount. Exact, and mergeable: the sums of two
 * parts of a population, {@linkplain #merge merged}, are the sums of the whole.
 */
public final class WeightedSums implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One benefit's sums. */
    static final class Sums implements Serializable {
        private static final long serialVersionUID = 1L;
        long households;
        BigDecimal weightedRecipients = BigDecimal.ZERO;
        BigDecimal weightedAmount = BigDecimal.ZERO;
    }

    /**
     * What one household is paid of one benefit: the sum of its eligible decisions' amounts, and how
     * many of them pay more than 0.
     */
    public record Paid(BigDecimal amount, int recipients) implements Serializable {
        /** Nothing paid, to nobody. */
        public static final Paid NOTHING = new Paid(BigDecimal.ZERO, 0);
    }

    private final Map<String, Sums> byBenefit = new TreeMap<>();

    /** Each benefit a response decides, with what it pays (zero when not eligible). */
    public static Map<String, Paid> paid(Response response) {
        Map<String, Paid> paid = new LinkedHashMap<>();
        for (Decision d : response.decisions()) {
            boolean pays = d.status() == Status.ELIGIBLE && d.amount().signum() > 0;
            Paid before = paid.getOrDefault(d.benefit(), Paid.NOTHING);
            paid.put(d.benefit(), pays ? new Paid(before.amount().add(d.amount()), before.recipients() + 1) : before);
        }
        return paid;
    }

    /** Adds one household of weight {@code weight}: every benefit decided counts, paid or not. */
    void add(Map<String, Paid> household, BigDecimal weight) {
        household.forEach((benefit, p) -> {
            Sums s = byBenefit.computeIfAbsent(benefit, k -> new Sums());
            if (p.recipients() > 0) {
                s.households++;
                s.weightedRecipients = s.weightedRecipients.add(weight.multiply(BigDecimal.valueOf(p.recipients())));
                s.weightedAmount = s.weightedAmount.add(weight.multiply(p.amount()));
            }
        });
    }

    /** Adds the sums of {@code other} to these (exact: the order of the merges changes nothing). */
    void merge(WeightedSums other) {
        other.byBenefit.forEach((benefit, o) -> {
            Sums s = byBenefit.computeIfAbsent(benefit, k -> new Sums());
            s.households += o.households;
            s.weightedRecipients = s.weightedRecipients.add(o.weightedRecipients);
            s.weightedAmount = s.weightedAmount.add(o.weightedAmount);
        });
    }

    /** The sums of {@code benefit}, zero when it was never decided. */
    Sums of(String benefit) {
        return byBenefit.getOrDefault(benefit, new Sums());
    }

    java.util.Set<String> benefits() {
        return byBenefit.keySet();
    }
}
