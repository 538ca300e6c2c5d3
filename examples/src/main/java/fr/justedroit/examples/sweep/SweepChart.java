package fr.justedroit.examples.sweep;

import fr.justedroit.IncomeType;
import fr.justedroit.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep as a self-contained SVG chart, written by hand (no chart library, no script):
 *
 * <ul>
 * <li>top panel: the household's own income (grey) and each monthly benefit stacked on it, so that
 *     the top of the stack is the disposable income, drawn as a dark line; the income swept is on the
 *     horizontal axis, euros per month on the vertical one;</li>
 * <li>bottom panel: the effective marginal rate as a step line, with 0 % and 100 % marked;</li>
 * <li>cliffs (the disposable income falls although the income rises) shaded red across both panels;</li>
 * <li>a subtitle that says where each benefit ends and how many cliffs there are; a legend; and, on
 *     hover, each point's figures (SVG {@code <title>} tooltips, shown by every browser).</li>
 * </ul>
 *
 * Elements carry stable ids and {@code data-} attributes for tests and styling: {@code area-own_income},
 * {@code area-<benefit>} ({@code data-benefit}), {@code disposable}, {@code emtr}, {@code class="cliff"}.
 */
public final class SweepChart {
    static final int WIDTH = 960;
    static final int HEIGHT = 680;
    private static final int LEFT = 86;
    private static final int RIGHT = WIDTH - 236;
    private static final int TOP1 = 78;
    private static final int BOTTOM1 = 450;
    private static final int TOP2 = 492;
    private static final int BOTTOM2 = 602;
    private static final int MAX_HOVER_POINTS = 2_000;

    /** Okabe-Ito colours (readable with every common colour-vision deficiency). */
    private static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442"};
    private static final String OWN_COLOUR = "#C9C9C9";
    private static final String CLIFF_COLOUR = "#D7263D";

    private SweepChart() {
    }

    /** The chart of {@code sweep}, its words in {@code language}. */
    public static String svg(IncomeSweep.Result sweep, Language language) {
        return new Writer(sweep, language).write();
    }

    /** The display name of a benefit. */
    public static String benefitName(String benefit, Language language) {
        boolean fr = language == Language.FR;
        return switch (benefit) {
            case "rsa" -> "RSA";
            case "prime_activite" -> fr ? "Prime d'activité" : "Prime d'activité (in-work benefit)";
            case "aah" -> fr ? "AAH" : "AAH (disability allowance)";
            case "violence_aid" -> fr ? "Aide universelle d'urgence" : "Emergency aid (domestic violence)";
            default -> benefit;
        };
    }

    /** The display name of an income type. */
    public static String incomeName(IncomeType type, Language language) {
        boolean fr = language == Language.FR;
        return switch (type) {
            case NET_SOCIAL_SALARY -> fr ? "Salaire (montant net social)" : "Pay (montant net social)";
            case SELF_EMPLOYMENT -> fr ? "Revenus d'indépendant" : "Self-employment income";
            case MICRO_BIC_SALES_TURNOVER -> fr ? "Chiffre d'affaires de micro-entreprise (ventes)" : "Micro-entrepreneur turnover (sales)";
            case MICRO_BIC_SERVICES_TURNOVER -> fr ? "Chiffre d'affaires de micro-entreprise (prestations de services)"
                    : "Micro-entrepreneur turnover (services)";
            case MICRO_BNC_TURNOVER -> fr ? "Recettes de micro-entreprise (activité non commerciale)"
                    : "Micro-entrepreneur receipts (non-commercial activity)";
            case UNEMPLOYMENT_BENEFIT -> fr ? "Allocation chômage" : "Unemployment benefit";
            case SICKNESS_BENEFIT -> fr ? "Indemnités journalières" : "Sickness benefit";
            case MATERNITY_BENEFIT -> fr ? "Indemnités de maternité, paternité ou adoption" : "Maternity, paternity or adoption benefit";
            case SICKNESS_BENEFIT_FIRST_THREE_MONTHS -> fr ? "Indemnités journalières des trois premiers mois d'arrêt"
                    : "Sickness benefit, first three months of the stop of work";
            case PENSION -> fr ? "Pension de retraite" : "Pension";
            case ALIMONY_RECEIVED -> fr ? "Pension alimentaire reçue" : "Alimony received";
            case FAMILY_BENEFITS -> fr ? "Prestations familiales" : "Family benefits";
            case AAH -> fr ? "AAH reçue" : "AAH received";
            case OTHER -> fr ? "Autres revenus" : "Other income";
            case TAXABLE_INCOME -> fr ? "Revenu imposable annuel (N-2 et N-1)" : "Annual taxable income (N-2 and N-1)";
            case REAL_REGIME_ANNUAL_PROFIT -> fr ? "Bénéfice annuel du régime réel (N-2 et N-1)"
                    : "Annual profit, real regime (N-2 and N-1)";
            case AGRICULTURAL_ANNUAL_PROFIT -> fr ? "Bénéfice agricole annuel (N-2 et N-1)" : "Annual agricultural profit (N-2 and N-1)";
        };
    }

    private static final class Writer {
        private final IncomeSweep.Result sweep;
        private final boolean fr;
        private final Locale locale;
        private final StringBuilder out = new StringBuilder();
        private final List<IncomeSweep.Point> points;
        private final List<String> layers;          // monthly benefits, bottom to top
        private final double xMin;
        private final double xMax;
        private final double yMax;
        private final double yStep;
        private final double rMin;
        private final double rMax;

        Writer(IncomeSweep.Result sweep, Language language) {
            this.sweep = sweep;
            this.fr = language == Language.FR;
            this.locale = language.locale();
            this.points = sweep.points();
            this.layers = sweep.monthlyBenefits();
            this.xMin = points.get(0).income().doubleValue();
            this.xMax = points.get(points.size() - 1).income().doubleValue();
            double top = 1;
            for (IncomeSweep.Point p : points) {
                top = Math.max(top, p.disposable().doubleValue());
            }
            this.yStep = niceStep(top / 5);
            this.yMax = Math.ceil(top / yStep) * yStep;
            double lo = 0;
            double hi = 1;
            for (IncomeSweep.Point p : points) {
                if (p.marginalRate() != null) {
                    lo = Math.min(lo, p.marginalRate().doubleValue());
                    hi = Math.max(hi, p.marginalRate().doubleValue());
                }
            }
            this.rMin = Math.max(-1, Math.floor(lo * 2) / 2);
            this.rMax = Math.min(2, Math.ceil(hi * 2) / 2);
        }

        String write() {
            String title = fr
                    ? "Ce que garde le foyer quand le revenu de " + sweep.person() + " augmente — " + monthName()
                    : "What the household keeps as " + sweep.person() + "'s income rises — " + monthName();
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                    .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\n");
            out.append("<title id=\"chart-title\">").append(esc(title)).append("</title>\n");
            out.append("<desc id=\"chart-desc\">").append(esc(summary())).append("</desc>\n");
            out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
            text(LEFT, 30, title, "font-size=\"17\" font-weight=\"600\" fill=\"#111\"");
            text(LEFT, 52, summary(), "font-size=\"12.5\" fill=\"#444\"");

            grid();
            cliffs();
            areas();
            disposableLine();
            marginalRatePanel();
            axes();
            legend();
            hoverBands();
            out.append("</svg>\n");
            return out.toString();
        }

        // --- content ------------------------------------------------------------------------

        private void areas() {
            int n = points.size();
            double[] lower = new double[n];
            double[] upper = new double[n];
            for (int i = 0; i < n; i++) {
                upper[i] = points.get(i).ownIncome().doubleValue();
            }
            area("own_income", null, OWN_COLOUR, lower, upper, fr ? "Revenus propres du foyer" : "Household's own income");
            for (int k = 0; k < layers.size(); k++) {
                String b = layers.get(k);
                lower = upper.clone();
                for (int i = 0; i < n; i++) {
                    upper[i] = lower[i] + points.get(i).benefits().get(b).doubleValue();
                }
                area(b, b, colour(k), lower, upper, benefitName(b, fr ? Language.FR : Language.EN));
            }
        }

        private void area(String id, String benefit, String colour, double[] lower, double[] upper, String name) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                d.append(i == 0 ? 'M' : 'L').append(fmt(x(i))).append(',').append(fmt(y(upper[i])));
            }
            for (int i = points.size() - 1; i >= 0; i--) {
                d.append('L').append(fmt(x(i))).append(',').append(fmt(y(lower[i])));
            }
            d.append('Z');
            out.append("<path id=\"area-").append(id).append("\" class=\"area\"");
            if (benefit != null) {
                out.append(" data-benefit=\"").append(esc(benefit)).append('"');
            }
            out.append(" d=\"").append(d).append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.85\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"0.5\"><title>").append(esc(name)).append("</title></path>\n");
        }

        private void disposableLine() {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                d.append(i == 0 ? 'M' : 'L').append(fmt(x(i))).append(',').append(fmt(y(points.get(i).disposable().doubleValue())));
            }
            out.append("<path id=\"disposable\" d=\"").append(d)
                    .append("\" fill=\"none\" stroke=\"#111\" stroke-width=\"2.5\" stroke-linejoin=\"round\"><title>")
                    .append(esc(fr ? "Revenu disponible" : "Disposable income")).append("</title></path>\n");
        }

        private void cliffs() {
            for (IncomeSweep.Cliff c : sweep.cliffs()) {
                double x0 = xv(c.from().doubleValue());
                double x1 = xv(c.to().doubleValue());
                double w = Math.max(3, x1 - x0);
                double left = (x0 + x1) / 2 - w / 2;
                String tip = fr
                        ? "Falaise : le revenu disponible baisse de " + money(c.loss(), true) + " quand le revenu passe de "
                                + money(c.from(), true) + " à " + money(c.to(), true)
                        : "Cliff: disposable income falls by " + money(c.loss(), true) + " as income goes from "
                                + money(c.from(), true) + " to " + money(c.to(), true);
                out.append("<rect class=\"cliff\" x=\"").append(fmt(left)).append("\" y=\"").append(TOP1).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"").append(BOTTOM2 - TOP1).append("\" fill=\"").append(CLIFF_COLOUR)
                        .append("\" fill-opacity=\"0.16\"><title>").append(esc(tip)).append("</title></rect>\n");
            }
        }

        private void marginalRatePanel() {
            text(LEFT, TOP2 - 10, fr ? "Taux marginal effectif : part d'un euro de plus que le foyer ne garde pas"
                    : "Effective marginal rate: share of an extra euro the household does not keep",
                    "font-size=\"12.5\" font-weight=\"600\" fill=\"#333\"");
            for (double r = Math.ceil(rMin * 2) / 2; r <= rMax + 1e-9; r += 0.5) {
                double y = yr(r);
                boolean key = Math.abs(r) < 1e-9 || Math.abs(r - 1) < 1e-9;
                line(LEFT, y, RIGHT, y, key ? (r == 0 ? "#888" : CLIFF_COLOUR) : "#e3e3e3",
                        key && r != 0 ? "stroke-dasharray=\"5 4\"" : "");
                text(LEFT - 8, y + 4, percent(r), "text-anchor=\"end\" fill=\"#555\"");
            }
            StringBuilder d = new StringBuilder();
            boolean started = false;
            for (int i = 1; i < points.size(); i++) {
                double r = clamp(points.get(i).marginalRate().doubleValue(), rMin, rMax);
                d.append(started ? 'L' : 'M').append(fmt(x(i - 1))).append(',').append(fmt(yr(r)));
                d.append('L').append(fmt(x(i))).append(',').append(fmt(yr(r)));
                started = true;
            }
            if (started) {
                out.append("<path id=\"emtr\" d=\"").append(d)
                        .append("\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.8\"><title>")
                        .append(esc(fr ? "Taux marginal effectif" : "Effective marginal rate")).append("</title></path>\n");
            }
            rect(LEFT, TOP2, RIGHT - LEFT, BOTTOM2 - TOP2, "fill=\"none\" stroke=\"#999\"");
        }

        private void grid() {
            for (double v = 0; v <= yMax + 1e-9; v += yStep) {
                double y = y(v);
                line(LEFT, y, RIGHT, y, v == 0 ? "#888" : "#e3e3e3", "");
                text(LEFT - 8, y + 4, money(BigDecimal.valueOf(v), false), "text-anchor=\"end\" fill=\"#555\"");
            }
        }

        private void axes() {
            rect(LEFT, TOP1, RIGHT - LEFT, BOTTOM1 - TOP1, "fill=\"none\" stroke=\"#999\"");
            double span = xMax - xMin;
            double step = niceStep(span <= 0 ? 1 : span / 8);
            for (double v = Math.ceil(xMin / step) * step; v <= xMax + 1e-9; v += step) {
                double x = xv(v);
                line(x, BOTTOM1, x, BOTTOM1 + 5, "#888", "");
                line(x, BOTTOM2, x, BOTTOM2 + 5, "#888", "");
                text(x, BOTTOM2 + 20, money(BigDecimal.valueOf(v), false), "text-anchor=\"middle\" fill=\"#555\"");
            }
            String xTitle = incomeName(sweep.type(), fr ? Language.FR : Language.EN) + (fr ? " de " : " of ") + sweep.person()
                    + (sweep.type().annual() ? (fr ? ", € par an" : ", € a year")
                            : (fr ? ", € par mois (chacun des 12 mois précédents)" : ", € a month (each of the 12 months before)"));
            text((LEFT + RIGHT) / 2.0, BOTTOM2 + 46, xTitle, "text-anchor=\"middle\" font-size=\"13\" fill=\"#222\"");
            out.append("<text transform=\"translate(22,").append((TOP1 + BOTTOM1) / 2).append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#222\">")
                    .append(esc(fr ? "€ par mois pour le foyer" : "€ a month for the household")).append("</text>\n");
        }

        private void legend() {
            int x = RIGHT + 22;
            int y = TOP1 + 4;
            text(x, y, fr ? "Légende" : "Key", "font-weight=\"600\" fill=\"#222\"");
            y += 14;
            // Top of the stack first, as the eye meets it.
            out.append("<g id=\"legend\">\n");
            line(x, y + 7, x + 16, y + 7, "#111", "stroke-width=\"2.5\"");
            text(x + 24, y + 11, fr ? "Revenu disponible" : "Disposable income", "fill=\"#222\"");
            y += 22;
            for (int k = layers.size() - 1; k >= 0; k--) {
                rect(x, y, 16, 14, "fill=\"" + colour(k) + "\"");
                text(x + 24, y + 11, benefitName(layers.get(k), fr ? Language.FR : Language.EN), "fill=\"#222\"");
                y += 22;
            }
            rect(x, y, 16, 14, "fill=\"" + OWN_COLOUR + "\"");
            text(x + 24, y + 11, fr ? "Revenus propres du foyer" : "Household's own income", "fill=\"#222\"");
            y += 22;
            rect(x, y, 16, 14, "fill=\"" + CLIFF_COLOUR + "\" fill-opacity=\"0.3\"");
            text(x + 24, y + 11, fr ? "Falaise : gagner plus," : "Cliff: earning more", "fill=\"#222\"");
            text(x + 24, y + 25, fr ? "garder moins" : "leaves less", "fill=\"#222\"");
            y += 40;
            line(x, y + 7, x + 16, y + 7, "#0072B2", "stroke-width=\"1.8\"");
            text(x + 24, y + 11, fr ? "Taux marginal effectif" : "Effective marginal rate", "fill=\"#222\"");
            out.append("</g>\n");
            List<String> notes = new ArrayList<>();
            for (String b : sweep.benefits()) {
                if (IncomeSweep.ONE_OFF.contains(b)) {
                    notes.add(benefitName(b, fr ? Language.FR : Language.EN) + (fr ? " : versée une fois, hors revenu mensuel" : ": paid once, not in the monthly income"));
                }
            }
            for (Map.Entry<String, ?> e : sweep.notComputable().entrySet()) {
                notes.add(benefitName(e.getKey(), fr ? Language.FR : Language.EN) + (fr ? " : non calculable à certains points (comptée 0)" : ": not computable at some points (counted 0)"));
            }
            int ny = BOTTOM2 - 12 * notes.size();
            for (String note : notes) {
                text(x, ny, note, "font-size=\"10.5\" fill=\"#666\"");
                ny += 12;
            }
        }

        private void hoverBands() {
            int n = points.size();
            if (n > MAX_HOVER_POINTS) {
                return;
            }
            out.append("<g id=\"hover\" fill=\"#000\" fill-opacity=\"0\">\n");
            for (int i = 0; i < n; i++) {
                double left = i == 0 ? x(0) : (x(i - 1) + x(i)) / 2;
                double right = i == n - 1 ? x(n - 1) : (x(i) + x(i + 1)) / 2;
                if (right - left < 0.5) {
                    right = left + 0.5;
                }
                IncomeSweep.Point p = points.get(i);
                StringBuilder tip = new StringBuilder();
                tip.append(incomeName(sweep.type(), fr ? Language.FR : Language.EN)).append(" : ").append(money(p.income(), true));
                for (String b : sweep.benefits()) {
                    tip.append('\n').append(benefitName(b, fr ? Language.FR : Language.EN)).append(" : ").append(money(p.benefits().get(b), true));
                }
                tip.append('\n').append(fr ? "Revenus propres du foyer : " : "Household's own income: ").append(money(p.ownIncome(), true));
                tip.append('\n').append(fr ? "Revenu disponible : " : "Disposable income: ").append(money(p.disposable(), true));
                if (p.marginalRate() != null) {
                    tip.append('\n').append(fr ? "Taux marginal effectif : " : "Effective marginal rate: ").append(percent(p.marginalRate().doubleValue()));
                }
                String t = fr ? tip.toString() : tip.toString().replace(" : ", ": ");
                out.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(TOP1).append("\" width=\"").append(fmt(right - left))
                        .append("\" height=\"").append(BOTTOM2 - TOP1).append("\"><title>").append(esc(t)).append("</title></rect>\n");
            }
            out.append("</g>\n");
        }

        /** One sentence: where each benefit ends, and the cliffs. */
        String summary() {
            List<String> parts = new ArrayList<>();
            Map<String, BigDecimal> exits = sweep.exits();
            for (String b : sweep.benefits()) {
                if (exits.containsKey(b)) {
                    BigDecimal lastPaid = points.get(0).income();
                    for (IncomeSweep.Point p : points) {
                        if (p.income().compareTo(exits.get(b)) < 0) {
                            lastPaid = p.income();
                        }
                    }
                    parts.add(benefitName(b, fr ? Language.FR : Language.EN) + (fr ? " " + paid(b) + " jusqu'à " : " paid up to ")
                            + money(lastPaid, false));
                } else {
                    boolean paidAtEnd = points.get(points.size() - 1).benefits().get(b).signum() > 0;
                    boolean everPaid = points.stream().anyMatch(p -> p.benefits().get(b).signum() > 0);
                    if (!everPaid) {
                        parts.add(benefitName(b, fr ? Language.FR : Language.EN) + (fr ? " : jamais " + paid(b) : ": never paid"));
                    } else if (paidAtEnd) {
                        parts.add(benefitName(b, fr ? Language.FR : Language.EN) + (fr ? " " + paid(b) + " jusqu'au bout" : " paid throughout"));
                    }
                }
            }
            int cliffs = sweep.cliffs().size();
            parts.add(fr ? (cliffs == 0 ? "aucune falaise" : cliffs + (cliffs == 1 ? " falaise" : " falaises"))
                    : (cliffs == 0 ? "no cliff" : cliffs + (cliffs == 1 ? " cliff" : " cliffs")));
            return String.join(" · ", parts);
        }

        /** "versé" or "versée", after the gender of the benefit's name. */
        private static String paid(String benefit) {
            return benefit.equals("rsa") ? "versé" : "versée";
        }

        // --- scales and primitives -----------------------------------------------------------

        private double x(int i) {
            return xv(points.get(i).income().doubleValue());
        }

        private double xv(double v) {
            return xMax == xMin ? (LEFT + RIGHT) / 2.0 : LEFT + (v - xMin) / (xMax - xMin) * (RIGHT - LEFT);
        }

        private double y(double v) {
            return BOTTOM1 - v / yMax * (BOTTOM1 - TOP1);
        }

        private double yr(double r) {
            return BOTTOM2 - (r - rMin) / (rMax - rMin) * (BOTTOM2 - TOP2);
        }

        private void line(double x1, double y1, double x2, double y2, String colour, String extra) {
            out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                    .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour).append('"');
            if (!extra.isEmpty()) {
                out.append(' ').append(extra);
            }
            out.append("/>\n");
        }

        private void rect(double x, double y, double w, double h, String extra) {
            out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(fmt(h)).append("\" ").append(extra).append("/>\n");
        }

        private void text(double x, double y, String s, String extra) {
            out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" ").append(extra).append('>')
                    .append(esc(s)).append("</text>\n");
        }

        private String monthName() {
            return sweep.month().format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
        }

        private String money(BigDecimal amount, boolean cents) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            if (fr) {
                symbols.setGroupingSeparator('\u202F');
                symbols.setDecimalSeparator(',');
            }
            DecimalFormat f = new DecimalFormat(cents ? "#,##0.00" : "#,##0", symbols);
            String n = f.format(amount.setScale(cents ? 2 : 0, RoundingMode.HALF_UP));
            return fr ? n + "\u00A0€" : "€" + n;
        }

        private String percent(double r) {
            long p = Math.round(r * 100);
            return fr ? p + "\u00A0%" : p + "%";
        }

        private static String colour(int k) {
            return PALETTE[k % PALETTE.length];
        }

        private static double clamp(double v, double lo, double hi) {
            return Math.max(lo, Math.min(hi, v));
        }

        private static String fmt(double v) {
            return BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
        }

        /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
        static double niceStep(double raw) {
            if (raw <= 0) {
                return 1;
            }
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * power >= raw) {
                    return m * power;
                }
            }
            return 10 * power;
        }

        static String esc(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append("&quot;");
                    case '\'' -> sb.append("&#39;");
                    default -> sb.append(c);
                }
            }
            return sb.toString();
        }
    }
}
