package fr.justedroit.internal;

import fr.justedroit.Decision;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Response;
import fr.justedroit.Status;
import java.time.format.DateTimeFormatter;

/**
 * Writes a response as text for people: each decision, then its reasons in order. Every string that
 * comes from the request or the rule sets (ids, sentences, rule names, references, paths) is printed
 * through {@link #printable}: an id with a newline or a terminal escape code cannot forge a line or
 * recolour the terminal.
 */
public final class ResponseText {

    private ResponseText() {
    }

    /** The response as indented text. */
    public static String write(Response response, Phrasebook phrasebook, Language language) {
        boolean fr = language == Language.FR;
        StringBuilder sb = new StringBuilder();
        sb.append(fr ? "Mois décidé : " : "Month decided: ")
                .append(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()).format(response.month()))
                .append('\n');
        for (Decision d : response.decisions()) {
            sb.append('\n').append(benefitName(d.benefit(), phrasebook, language));
            if (!"household".equals(d.beneficiary())) {
                sb.append(fr ? " — pour " : " — for ").append(printable(d.beneficiary()));
            }
            sb.append(" : ".replace(" :", fr ? " :" : ":")).append(status(d.status(), language));
            if (d.status() == Status.ELIGIBLE) {
                sb.append(", ").append(Phrasebook.money(d.amount(), language));
                if (d.form() != null) {
                    sb.append(" (").append(printable(phrasebook.format(d.form(), language))).append(')');
                }
            }
            sb.append('\n');
            int i = 1;
            for (Reason r : d.reasons()) {
                sb.append(String.format("  %2d. %s%n", i++, printable(phrasebook.text(r, language))));
                sb.append("      ").append(printable(r.rule()));
                if (r.legalRef() != null) {
                    sb.append(" — ").append(printable(r.legalRef()));
                }
                sb.append('\n');
                for (fr.justedroit.LegalLink l : phrasebook.links(r)) {
                    if (l.url() != null) {
                        sb.append("      → ").append(l.title()).append(fr ? " : " : ": ").append(l.url()).append('\n');
                    }
                }
                for (ParameterValue p : r.parameters()) {
                    sb.append("      · ").append(printable(p.id())).append(" = ").append(p.value().toPlainString())
                            .append(fr ? " (depuis le " : " (since ").append(p.since()).append(")\n");
                }
            }
            if (!d.missingInputs().isEmpty()) {
                sb.append(fr ? "  Informations manquantes : " : "  Missing inputs: ")
                        .append(printable(String.join(", ", d.missingInputs()))).append('\n');
            }
        }
        return sb.toString();
    }

    private static String benefitName(String benefit, Phrasebook phrasebook, Language language) {
        String key = "benefit." + benefit;
        return printable(phrasebook.has(key, language)
                ? phrasebook.text(new Reason(key, "", key, java.util.Map.of(), java.util.List.of()), language) : benefit);
    }

    /**
     * {@code text} with every character that could change how a terminal shows the lines escaped as
     * a backslash and {@code n}, {@code r}, {@code t}, or {@code u} and four hex digits: the C0 and C1 control characters (ESC
     * starts the ANSI escape codes), DEL, the line and paragraph separators, and the bidirectional
     * overrides and isolates (which reorder what follows them on screen). Other characters, including
     * accents and non-breaking spaces, are kept.
     */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String status(Status s, Language language) {
        boolean fr = language == Language.FR;
        return switch (s) {
            case ELIGIBLE -> fr ? "éligible" : "eligible";
            case INELIGIBLE -> fr ? "non éligible" : "not eligible";
            case NOT_COMPUTABLE -> fr ? "non calculable" : "not computable";
        };
    }
}
