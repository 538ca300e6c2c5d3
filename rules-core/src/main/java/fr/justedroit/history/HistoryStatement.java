package fr.justedroit.history;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Reason;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * A recomputed history as the statement an agent sends: the check's date, then month by month each
 * changed benefit with what was paid, what was due and why, whether it can still be claimed, and the
 * totals per benefit. In French or English; amounts with two decimals.
 */
public final class HistoryStatement {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Réexamen de vos droits du %s au %s", "Review of your rights from %s to %s"}),
            Map.entry("check", new String[] {"Date du contrôle ou de la correction : %s.", "Date of the check or correction: %s."}),
            Map.entry("fraud", new String[] {"Une fraude ou une fausse déclaration a été établie : les sommes indûment versées se prescrivent par cinq ans (code civil, art. 2224).",
                    "A fraud or a false declaration was established: overpayments are prescribed after five years (Code civil art. 2224)."}),
            Map.entry("unchanged", new String[] {"Aucun montant ne change : ce qui a été versé était dû.", "No amount changes: what was paid was due."}),
            Map.entry("line", new String[] {"%s — %s%s : versé %s, dû %s, %s %s.", "%s — %s%s: paid %s, due %s, %s %s."}),
            Map.entry("indu", new String[] {"trop-perçu (indu) de", "overpayment (indu) of"}),
            Map.entry("rappel", new String[] {"rappel en votre faveur de", "arrears (rappel) in your favour of"}),
            Map.entry("prescribed", new String[] {"  Prescrit : ce montant ne peut plus être réclamé (%s, dû le %s, réexaminé le %s).",
                    "  Prescribed: this amount can no longer be claimed (%s, due on %s, re-examined on %s)."}),
            Map.entry("law.rsa", new String[] {"deux ans, CASF art. L262-45", "two years, CASF art. L262-45"}),
            Map.entry("law.aah", new String[] {"deux ans, CSS art. L821-5", "two years, CSS art. L821-5"}),
            Map.entry("law.prime_activite", new String[] {"deux ans", "two years"}),
            Map.entry("law.fraud", new String[] {"cinq ans en cas de fraude, code civil art. 2224", "five years after a fraud, Code civil art. 2224"}),
            Map.entry("examination", new String[] {"  Montant liquidé à l'examen de %s pour le trimestre (CASF R262-4).",
                    "  Amount liquidated at the examination of %s for the quarter (CASF R262-4)."}),
            Map.entry("why", new String[] {"  Pourquoi ce montant est dû :", "  Why this amount is due:"}),
            Map.entry("totals", new String[] {"Totaux", "Totals"}),
            Map.entry("total", new String[] {"%s : indus %s, rappels %s, prescrit %s.", "%s: overpayments %s, arrears %s, prescribed %s."}),
            Map.entry("rsa", new String[] {"RSA", "RSA"}),
            Map.entry("prime_activite", new String[] {"prime d'activité", "prime d'activité"}),
            Map.entry("aah", new String[] {"AAH", "AAH"}));

    private HistoryStatement() {
    }

    /** The statement in {@code language}. */
    public static String write(HistoryResult result, JusteDroit engine, Language language) {
        int l = language == Language.EN ? 1 : 0;
        StringBuilder out = new StringBuilder();
        Timeline t = result.timeline();
        line(out, l, "title", t.from(), t.to());
        line(out, l, "check", t.checkDate());
        if (t.fraud()) {
            line(out, l, "fraud");
        }
        out.append('\n');
        boolean changed = false;
        for (MonthDifference m : result.months()) {
            if (m.kind() == Kind.NONE) {
                continue;
            }
            changed = true;
            String who = m.benefit().equals("aah") ? " (" + m.beneficiary() + ")" : "";
            line(out, l, "line", m.month(), word(m.benefit(), l), who, euros(m.paid(), l), euros(m.due(), l),
                    word(m.kind().jsonName(), l), euros(m.difference().abs(), l));
            if (!m.recoverable()) {
                String law = m.kind() == Kind.INDU && t.fraud() ? "law.fraud" : "law." + m.benefit();
                line(out, l, "prescribed", word(law, l), Prescription.dueDate(m.month()), m.countedFrom());
            }
            if (m.examination() != null && !m.examination().equals(m.month())) {
                line(out, l, "examination", m.examination());
            }
            if (m.decision() != null && !m.decision().reasons().isEmpty()) {
                line(out, l, "why");
                for (Reason r : m.decision().reasons()) {
                    out.append("    - ").append(engine.text(r, language)).append(" (").append(r.legalRef()).append(")\n");
                }
            }
        }
        if (!changed) {
            line(out, l, "unchanged");
        }
        out.append('\n');
        line(out, l, "totals");
        for (BenefitTotals b : result.totals()) {
            line(out, l, "total", word(b.benefit(), l), euros(b.indus(), l), euros(b.rappels(), l), euros(b.prescribed(), l));
        }
        return out.toString();
    }

    private static String word(String key, int l) {
        return WORDS.get(key)[l];
    }

    private static void line(StringBuilder out, int l, String key, Object... args) {
        out.append(String.format(Locale.ROOT, WORDS.get(key)[l], args)).append('\n');
    }

    /** 1 234,50 € in French, €1,234.50 in English. */
    static String euros(BigDecimal amount, int l) {
        Locale locale = l == 1 ? Locale.UK : Locale.FRANCE;
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
        String n = f.format(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
        return l == 1 ? "€" + n : n + " €";
    }
}
