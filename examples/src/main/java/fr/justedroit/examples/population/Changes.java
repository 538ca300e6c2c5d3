package fr.justedroit.examples.population;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The winners and losers of a reform, per benefit and for the household's monthly benefits together; weighted. */
final class Changes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The winners and losers of one amount. */
    static final class Change implements Serializable {
        private static final long serialVersionUID = 1L;
        long winnerHouseholds;
        long loserHouseholds;
        BigDecimal winners = BigDecimal.ZERO;
        BigDecimal gain = BigDecimal.ZERO;
        BigDecimal losers = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal newRights = BigDecimal.ZERO;
        BigDecimal lostRights = BigDecimal.ZERO;

        void add(BigDecimal before, BigDecimal after, BigDecimal weight) {
            int cmp = after.compareTo(before);
            if (cmp > 0) {
                winnerHouseholds++;
                winners = winners.add(weight);
                gain = gain.add(weight.multiply(after.subtract(before)));
                if (before.signum() == 0) {
                    newRights = newRights.add(weight);
                }
            } else if (cmp < 0) {
                loserHouseholds++;
                losers = losers.add(weight);
                loss = loss.add(weight.multiply(before.subtract(after)));
                if (after.signum() == 0) {
                    lostRights = lostRights.add(weight);
                }
            }
        }

        void merge(Change o) {
            winnerHouseholds += o.winnerHouseholds;
            loserHouseholds += o.loserHouseholds;
            winners = winners.add(o.winners);
            gain = gain.add(o.gain);
            losers = losers.add(o.losers);
            loss = loss.add(o.loss);
            newRights = newRights.add(o.newRights);
            lostRights = lostRights.add(o.lostRights);
        }

        /** The average monthly gain of a winner (weighted), to the cent, half up; 0 without winners. */
        BigDecimal averageGain() {
            return winners.signum() == 0 ? BigDecimal.ZERO.setScale(2) : gain.divide(winners, 2, RoundingMode.HALF_UP);
        }

        /** The average monthly loss of a loser (weighted, positive), to the cent, half up; 0 without losers. */
        BigDecimal averageLoss() {
            return losers.signum() == 0 ? BigDecimal.ZERO.setScale(2) : loss.divide(losers, 2, RoundingMode.HALF_UP);
        }
    }

    final Map<String, Change> byBenefit = new TreeMap<>();
    final Change households = new Change();

    void add(Map<String, WeightedSums.Paid> before, Map<String, WeightedSums.Paid> after, BigDecimal monthlyBefore,
            BigDecimal monthlyAfter, BigDecimal weight) {
        Set<String> benefits = new TreeSet<>(before.keySet());
        benefits.addAll(after.keySet());
        for (String b : benefits) {
            byBenefit.computeIfAbsent(b, k -> new Change()).add(before.getOrDefault(b, WeightedSums.Paid.NOTHING).amount(),
                    after.getOrDefault(b, WeightedSums.Paid.NOTHING).amount(), weight);
        }
        households.add(monthlyBefore, monthlyAfter, weight);
    }

    /** Adds the winners and losers of {@code other} to these (exact). */
    void merge(Changes other) {
        other.byBenefit.forEach((b, c) -> byBenefit.computeIfAbsent(b, k -> new Change()).merge(c));
        households.merge(other.households);
    }
}
