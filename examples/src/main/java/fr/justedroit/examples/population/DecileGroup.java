package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The households of one own income in the decile table (see {@link PopulationSums#decile}): how many,
 * their weight, their weighted monthly benefits under the law and the reform, and the weight of the
 * winners and losers. Exact and mergeable, so a cluster can add the groups of one income up where the
 * households are, and bring the table to the driver sorted by income, a part at a time.
 */
public final class DecileGroup implements Serializable {
    private static final long serialVersionUID = 1L;

    long households;
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal law = BigDecimal.ZERO;
    BigDecimal reform = BigDecimal.ZERO;
    BigDecimal winners = BigDecimal.ZERO;
    BigDecimal losers = BigDecimal.ZERO;

    /** One household of weight {@code weight}, its monthly benefits {@code law} and {@code reform}. */
    static DecileGroup of(BigDecimal weight, BigDecimal law, BigDecimal reform) {
        DecileGroup g = new DecileGroup();
        g.households = 1;
        g.weight = weight;
        g.law = weight.multiply(law);
        g.reform = weight.multiply(reform);
        int cmp = reform.compareTo(law);
        if (cmp > 0) {
            g.winners = weight;
        } else if (cmp < 0) {
            g.losers = weight;
        }
        return g;
    }

    /** Adds the households of {@code other} to this group, and returns it. */
    public DecileGroup merge(DecileGroup other) {
        households += other.households;
        weight = weight.add(other.weight);
        law = law.add(other.law);
        reform = reform.add(other.reform);
        winners = winners.add(other.winners);
        losers = losers.add(other.losers);
        return this;
    }
}
