package fr.justedroit.examples.population;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of a population run ({@link FileSimulation.Result}), as CSV files for tools (comma,
 * {@code \n}, exact amounts: {@code 969.780} is 1.5 × 646.52, not rounded), and the chart of a reform
 * by decile as SVG. Every amount is a monthly one, in euros (the violence aid: its one-off amount).
 */
public final class FileReports {
    private FileReports() {
    }

    /** Writes every table into {@code dir}; the reform's only when a reform was decided. */
    public static List<Path> write(FileSimulation.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("totals.csv"), totals(r)));
        written.add(write(dir.resolve("labels.csv"), labels(r)));
        written.add(write(dir.resolve("deciles.csv"), deciles(r)));
        if (r.reformed()) {
            written.add(write(dir.resolve("winners_losers.csv"), winnersLosers(r)));
            written.add(write(dir.resolve("deciles.svg"), DecileChart.svg(r.deciles())));
        }
        if (!r.gaps().isEmpty()) {
            written.add(write(dir.resolve("payments.csv"), payments(r)));
        }
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Per benefit: the households paid it (unweighted), the weighted recipients (households for the RSA
     * and the prime d'activité, persons for the AAH and the violence aid) and the weighted monthly amount;
     * under a reform the same three beside them and the difference.
     */
    static String totals(FileSimulation.Result r) {
        StringBuilder sb = new StringBuilder("benefit,households,weighted_recipients,weighted_monthly_amount");
        if (r.reformed()) {
            sb.append(",reform_households,reform_weighted_recipients,reform_weighted_monthly_amount,weighted_monthly_difference");
        }
        sb.append('\n');
        for (String b : r.benefits()) {
            WeightedSums.Sums law = r.law().of(b);
            sb.append(Csv.text(b)).append(',').append(law.households).append(',').append(Csv.weight(law.weightedRecipients))
                    .append(',').append(Csv.money(law.weightedAmount));
            if (r.reformed()) {
                WeightedSums.Sums reform = r.reform().of(b);
                sb.append(',').append(reform.households).append(',').append(Csv.weight(reform.weightedRecipients)).append(',')
                        .append(Csv.money(reform.weightedAmount)).append(',')
                        .append(Csv.money(reform.weightedAmount.subtract(law.weightedAmount)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Per label, value and benefit: the group's households, then the totals' columns for that group. */
    static String labels(FileSimulation.Result r) {
        StringBuilder sb = new StringBuilder("label,value,households,weighted_households,benefit,benefit_households,"
                + "weighted_recipients,weighted_monthly_amount");
        if (r.reformed()) {
            sb.append(",reform_benefit_households,reform_weighted_recipients,reform_weighted_monthly_amount,weighted_monthly_difference");
        }
        sb.append('\n');
        for (Map.Entry<String, Map<String, FileSimulation.LabelGroup>> label : r.labels().entrySet()) {
            for (Map.Entry<String, FileSimulation.LabelGroup> value : label.getValue().entrySet()) {
                FileSimulation.LabelGroup g = value.getValue();
                for (String b : r.benefits()) {
                    WeightedSums.Sums law = g.law.of(b);
                    sb.append(Csv.line(label.getKey(), value.getKey(), g.households, Csv.weight(g.weight), b, law.households,
                            Csv.weight(law.weightedRecipients), Csv.money(law.weightedAmount)).stripTrailing());
                    if (r.reformed()) {
                        WeightedSums.Sums reform = g.reform.of(b);
                        sb.append(',').append(reform.households).append(',').append(Csv.weight(reform.weightedRecipients))
                                .append(',').append(Csv.money(reform.weightedAmount)).append(',')
                                .append(Csv.money(reform.weightedAmount.subtract(law.weightedAmount)));
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The ten deciles of the households' own income (see {@link Deciles}), with their monthly benefits. */
    static String deciles(FileSimulation.Result r) {
        StringBuilder sb = new StringBuilder("decile,households,weighted_households,lowest_own_income,highest_own_income,"
                + "weighted_monthly_benefits,average_monthly_benefits");
        if (r.reformed()) {
            sb.append(",reform_weighted_monthly_benefits,weighted_monthly_difference,average_monthly_change,weighted_winners,weighted_losers");
        }
        sb.append('\n');
        for (Deciles.Row d : r.deciles()) {
            sb.append(d.decile()).append(',').append(d.households()).append(',').append(Csv.weight(d.weightedHouseholds())).append(',')
                    .append(d.lowestOwnIncome() == null ? "" : Csv.money(d.lowestOwnIncome())).append(',')
                    .append(d.highestOwnIncome() == null ? "" : Csv.money(d.highestOwnIncome())).append(',')
                    .append(Csv.money(d.weightedLaw())).append(',').append(Csv.money(d.averageLaw()));
            if (r.reformed()) {
                sb.append(',').append(Csv.money(d.weightedReform())).append(',').append(Csv.money(d.weightedReform().subtract(d.weightedLaw())))
                        .append(',').append(Csv.money(d.averageChange())).append(',').append(Csv.weight(d.weightedWinners()))
                        .append(',').append(Csv.weight(d.weightedLosers()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Per benefit, then for the household's monthly benefits together ({@code all_monthly}): who gains, who loses. */
    static String winnersLosers(FileSimulation.Result r) {
        StringBuilder sb = new StringBuilder("benefit,winner_households,weighted_winners,weighted_gain,average_gain,"
                + "weighted_new_rights,loser_households,weighted_losers,weighted_loss,average_loss,weighted_lost_rights\n");
        for (String b : r.benefits()) {
            Changes.Change c = r.changes().get(b);
            if (c != null) {
                change(sb, b, c);
            }
        }
        change(sb, "all_monthly", r.households());
        return sb.toString();
    }

    private static void change(StringBuilder sb, String name, Changes.Change c) {
        sb.append(Csv.line(name, c.winnerHouseholds, Csv.weight(c.winners), Csv.money(c.gain), Csv.money(c.averageGain()),
                Csv.weight(c.newRights), c.loserHouseholds, Csv.weight(c.losers), Csv.money(c.loss), Csv.money(c.averageLoss()),
                Csv.weight(c.lostRights)));
    }

    /**
     * Per benefit, over the households whose payments are given: non-take-up, over-payment and
     * under-payment (paid something, less than due), weighted.
     */
    static String payments(FileSimulation.Result r) {
        StringBuilder sb = new StringBuilder("benefit,non_take_up_households,weighted_non_take_up,weighted_monthly_unpaid,"
                + "over_paid_households,weighted_over_paid,weighted_monthly_excess,"
                + "under_paid_households,weighted_under_paid,weighted_monthly_shortfall\n");
        for (String b : PopulationSimulation.ordered(r.gaps().keySet())) {
            FileSimulation.Gaps g = r.gaps().get(b);
            sb.append(Csv.line(b, g.nonTakeUp, Csv.weight(g.weightedNonTakeUp), Csv.money(g.weightedUnpaid),
                    g.overPaid, Csv.weight(g.weightedOverPaid), Csv.money(g.weightedExcess),
                    g.underPaid, Csv.weight(g.weightedUnderPaid), Csv.money(g.weightedShortfall)));
        }
        return sb.toString();
    }

    /** A few lines for people: what was read, decided, refused, and the weighted totals. */
    public static String summary(FileSimulation.Result r, Path input) {
        StringBuilder sb = new StringBuilder();
        sb.append("Population ").append(input).append(": ").append(r.lines()).append(" households read, ").append(r.decided())
                .append(" decided (weight ").append(Csv.weight(r.weightedHouseholds())).append("), ").append(r.refused())
                .append(" not decided (errors.jsonl).\n");
        for (String b : r.benefits()) {
            WeightedSums.Sums law = r.law().of(b);
            sb.append("  ").append(b).append(": ").append(Csv.weight(law.weightedRecipients)).append(" weighted recipients, ")
                    .append(Reports.money(law.weightedAmount)).append(" € a month");
            if (r.reformed()) {
                WeightedSums.Sums reform = r.reform().of(b);
                sb.append("; under the reform ").append(Csv.weight(reform.weightedRecipients)).append(", ")
                        .append(Reports.money(reform.weightedAmount)).append(" €");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
