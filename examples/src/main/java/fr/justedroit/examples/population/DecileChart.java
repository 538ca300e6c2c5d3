package fr.justedroit.examples.population;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The reform's effect by decile of own income, as SVG written by hand (no script): one bar per decile,
 * the average change of a household's monthly benefits (weighted), up for a gain, down for a loss, the
 * figure on each bar and in its tooltip. Okabe-Ito colours (blue gains, vermillion losses), readable
 * with colour-vision deficiencies. Stable ids for styling and tests: {@code bar-1} … {@code bar-10},
 * each with {@code data-change}.
 */
final class DecileChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private DecileChart() {
    }

    static String svg(List<Deciles.Row> deciles) {
        double max = 0;
        for (Deciles.Row d : deciles) {
            max = Math.max(max, Math.abs(d.averageChange().doubleValue()));
        }
        double scale = max == 0 ? 0 : (HEIGHT - TOP - BOTTOM) / 2.0 / max;
        double zero = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        double slot = (WIDTH - LEFT - RIGHT) / 10.0;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"title\" font-family=\"sans-serif\">\n");
        sb.append("<title id=\"title\">The reform's effect by decile of own income: average change of a household's monthly benefits</title>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        sb.append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"16\" fill=\"#222222\">The reform by decile of own income</text>\n");
        sb.append("<text x=\"").append(LEFT).append("\" y=\"48\" font-size=\"12\" fill=\"#444444\">Average change of a household's monthly "
                + "benefits, euros a month (weighted; decile 1: the poorest tenth)</text>\n");
        sb.append(String.format(Locale.ROOT, "<line id=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#222222\"/>%n",
                LEFT, WIDTH - RIGHT, zero, zero));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#444444\">0 €</text>%n",
                LEFT - 6, zero + 4));
        for (Deciles.Row d : deciles) {
            BigDecimal change = d.averageChange();
            double h = Math.abs(change.doubleValue()) * scale;
            double x = LEFT + (d.decile() - 1) * slot + slot * 0.15;
            double y = change.signum() >= 0 ? zero - h : zero;
            String colour = change.signum() >= 0 ? "#0072B2" : "#D55E00";
            String figure = d.households() == 0 ? "none" : (change.signum() > 0 ? "+" : "") + Reports.money(change) + " €";
            sb.append(String.format(Locale.ROOT, "<rect id=\"bar-%d\" data-change=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>Decile %d: %s a month on average, %s households (weight %s)</title></rect>%n",
                    d.decile(), change.toPlainString(), x, y, slot * 0.7, h, colour, d.decile(), figure, d.households(),
                    Csv.weight(d.weightedHouseholds())));
            double labelY = change.signum() >= 0 ? y - 5 : y + h + 13;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222222\">%s</text>%n",
                    x + slot * 0.35, labelY, figure));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#222222\">D%d</text>%n",
                    x + slot * 0.35, HEIGHT - BOTTOM + 24, d.decile()));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#444444\">"
                + "Deciles of the households' own income (the quarter before the month decided)</text>%n", LEFT + (WIDTH - LEFT - RIGHT) / 2.0,
                HEIGHT - 16));
        sb.append("</svg>\n");
        return sb.toString();
    }
}
