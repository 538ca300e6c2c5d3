package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One household of a population file, around its request (see {@code population.schema.json}).
 *
 * @param line its line in the file (1-based)
 * @param id the caller's identifier
 * @param weight how many households it stands for (exact; 1 by default)
 * @param labels the labels to break results down by, name to value
 * @param paid what it is paid today per benefit, or {@code null} when the file does not say
 * @param ownIncome the household's own income before the benefits (see {@link OwnIncome})
 */
public record PopulationHousehold(long line, String id, BigDecimal weight, Map<String, String> labels,
        Map<String, BigDecimal> paid, OwnIncome ownIncome) implements Serializable {

    public PopulationHousehold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        labels = Map.copyOf(labels);
        paid = paid == null ? null : Map.copyOf(paid);
        Objects.requireNonNull(ownIncome, "ownIncome");
    }

    /**
     * The household's own income over the three months before the month decided (the reference quarter
     * of the RSA and the prime d'activité): every monthly income of every member, the {@code aah} income
     * apart (a benefit decided here, not counted twice when the AAH is decided). Exact sums.
     *
     * @param quarter the three months' incomes, the {@code aah} income aside
     * @param aahQuarter the {@code aah} income of those months
     */
    public record OwnIncome(BigDecimal quarter, BigDecimal aahQuarter) implements Serializable {
        public static final OwnIncome NONE = new OwnIncome(BigDecimal.ZERO, BigDecimal.ZERO);

        /** The quarter's income counted as the household's own: without the AAH when the AAH is decided. */
        public BigDecimal counted(boolean aahDecided) {
            return aahDecided ? quarter : quarter.add(aahQuarter);
        }
    }
}
