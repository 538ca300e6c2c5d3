package fr.justedroit.examples.population;

import java.math.BigDecimal;

/** CSV cells (RFC 4180: a cell with a comma, a quote or a line break is quoted) and exact numbers. */
final class Csv {
    private Csv() {
    }

    static String text(String cell) {
        if (cell == null) {
            return "";
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** An amount, exact, with at least two decimals: 646.52, 969.780 (a weight of 1.5 × 646.52). */
    static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    /** A weighted count, exact, without trailing zeros: 3, 2.5. */
    static String weight(BigDecimal weight) {
        BigDecimal stripped = weight.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String line(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object c = cells[i];
            sb.append(c instanceof String s ? text(s) : String.valueOf(c));
        }
        return sb.append('\n').toString();
    }
}
