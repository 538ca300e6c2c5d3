package fr.justedroit.internal;

import fr.justedroit.Decision;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Response;
import fr.justedroit.Status;
import java.time.format.DateTimeFormatter;

/** Writes a response as text for people: each decision, then its reasons in order. */
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
                sb.append(fr ? " — pour " : " — for ").append(d.beneficiary());
            }
            sb.append(" : ".replace(" :", fr ? " :" : ":")).append(status(d.status(), language));
            if (d.status() == Status.ELIGIBLE) {
                sb.append(", ").append(Phrasebook.money(d.amount(), language));
                if (d.form() != null) {
                    sb.append(" (").append(phrasebook.format(d.form(), language)).append(')');
                }
            }
            sb.append('\n');
            int i = 1;
            for (Reason r : d.reasons()) {
                sb.append(String.format("  %2d. %s%n", i++, phrasebook.text(r, language)));
                sb.append("      ").append(r.rule());
                if (r.legalRef() != null) {
                    sb.append(" — ").append(r.legalRef());
                }
                sb.append('\n');
                for (fr.justedroit.LegalLink l : phrasebook.links(r)) {
                    if (l.url() != null) {
                        sb.append("      → ").append(l.title()).append(fr ? " : " : ": ").append(l.url()).append('\n');
                    }
                }
                for (ParameterValue p : r.parameters()) {
                    sb.append("      · ").append(p.id()).append(" = ").append(p.value().toPlainString())
                            .append(fr ? " (depuis le " : " (since ").append(p.since()).append(")\n");
                }
            }
            if (!d.missingInputs().isEmpty()) {
                sb.append(fr ? "  Informations manquantes : " : "  Missing inputs: ")
                        .append(String.join(", ", d.missingInputs())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String benefitName(String benefit, Phrasebook phrasebook, Language language) {
        String key = "benefit." + benefit;
        return phrasebook.has(key, language) ? phrasebook.text(new Reason(key, "", key, java.util.Map.of(), java.util.List.of()), language) : benefit;
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
