package fr.justedroit.internal;

import com.ibm.icu.text.ListFormatter;
import fr.justedroit.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How values read in a sentence, by language, with the typography of each: French amounts
 * "1 357,70 €" (narrow no-break space between thousands, no-break space before "€"), percentages
 * "59,85 %" (narrow no-break space), dates "1er décembre 2023" (ordinal for the first of the month,
 * no-break spaces inside the date); English "€1,357.70", "59.85%", "1 December 2023".
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueFormat {
    /** U+00A0, the no-break space: before "€" and ":" in French, inside dates. */
    public static final char NBSP = '\u00A0';
    /** U+202F, the narrow no-break space: French thousands separator, before "%", ";", "!", "?". */
    public static final char NNBSP = '\u202F';
    /** U+2212, the minus sign of a negative amount that a sentence writes as a number. */
    public static final char MINUS = '\u2212';

    private static final DateTimeFormatter MONTH_FR = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private ValueFormat() {
    }

    /** Euros to the cent, rounded half up: "1 357,70 €", "€1,357.70"; a negative amount starts with "−". */
    public static String money(BigDecimal amount, Language language) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = decimal(cents.abs(), language, true);
        String sign = cents.signum() < 0 ? String.valueOf(MINUS) : "";
        return language == Language.FR ? sign + digits + NBSP + "€" : sign + "€" + digits;
    }

    /** A fraction as a percentage: 0.5985 reads "59,85 %" in French, "59.85%" in English. */
    public static String percent(BigDecimal fraction, Language language) {
        String digits = decimal(plain(fraction.movePointRight(2)), language, false);
        return language == Language.FR ? digits + NNBSP + "%" : digits + "%";
    }

    /** A plain number as written in the language: "1,5" / "1.5"; integers without grouping (years, counts). */
    public static String number(BigDecimal value, Language language) {
        return decimal(plain(value), language, false);
    }

    /** A month in words: "avril 2025", "April 2025". */
    public static String month(YearMonth month, Language language) {
        String name = (language == Language.FR ? MONTH_FR : MONTH_EN).format(month);
        return name + NBSP + month.getYear();
    }

    /** A date in words: "1er décembre 2023", "2 décembre 2023", "1 December 2023". */
    public static String date(LocalDate date, Language language) {
        String day = language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        String name = (language == Language.FR ? MONTH_FR : MONTH_EN).format(date);
        return day + NBSP + name + NBSP + date.getYear();
    }

    /** Several words as a list of the language: "a, b et c", "a, b and c". */
    public static String list(List<String> items, Language language) {
        return ListFormatter.getInstance(language.locale()).format(items);
    }

    /**
     * Whether French elides "de" and "le" before this text ("d’Alice", "d’avril", "d’août",
     * "l’AAH"): it starts with a vowel, or with an "h" taken as mute (the usual case for first names
     * and for the words of the rule sets).
     */
    public static boolean elides(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(0));
        return "aàâäeéèêëiîïoôöuùûüyÿæœh".indexOf(c) >= 0;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static String decimal(BigDecimal nonNegativeOrNot, Language language, boolean grouped) {
        String plain = nonNegativeOrNot.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (nonNegativeOrNot.signum() < 0) {
            sb.append(MINUS);
        }
        char group = language == Language.FR ? NNBSP : ',';
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            sb.append(language == Language.FR ? ',' : '.').append(fraction);
        }
        return sb.toString();
    }
}
