package fr.justedroit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny rule set for tests, written into a folder: benefit {@code demo}, a fixed amount for adults
 * (parameter {@code demo.montant}: 100 € from 2020, 110 € from 2025), ineligible under the minimum age.
 * Tests change a file or add one to plant a problem.
 */
public final class DemoRuleSet {
    public static final String DRL = """
            package justedroit.catalog;

            import java.math.BigDecimal;
            import fr.justedroit.Role;
            import fr.justedroit.rules.DecisionMonth;
            import fr.justedroit.rules.Explanations;
            import fr.justedroit.rules.Member;
            import fr.justedroit.rules.MonthParameters;
            import fr.justedroit.rules.Verdict;

            global MonthParameters params;
            global Explanations explain;

            // An adult gets the amount.
            rule "demo.adulte"
                @legalRef("Code démo art. 1 et 2")
                salience 10
            when
                DecisionMonth()
                Member(role == Role.APPLICANT, $age : age, age >= params.get("demo.age_minimum").intValue())
            then
                insert(Verdict.eligible("demo", "household", params.value("demo.montant")));
                explain.of(kcontext, "demo", "household").with("amount", params.value("demo.montant"))
                       .using(params.get("demo.montant"));
            end

            rule "demo.mineur"
                @legalRef("Code démo art. 3")
                salience 10
            when
                DecisionMonth()
                Member(role == Role.APPLICANT, $age : age, age < params.get("demo.age_minimum").intValue())
            then
                insert(Verdict.ineligible("demo", "household"));
                explain.of(kcontext, "demo", "household").with("age", $age);
            end
            """;

    public static final String PARAMETERS = """
            demo.montant:
              description: Montant de la prestation de démonstration
              unit: euros
              values:
                - since: 2020-01-01
                  value: 100
                  source: Code démo art. 1
                - since: 2025-01-01
                  value: 110
                  source: Code démo art. 1, revalorisation 2025
            demo.age_minimum:
              description: Âge minimum
              unit: years
              values:
                - since: 2000-01-01
                  value: 18
                  source: Code démo art. 3
            """;

    public static final String MESSAGES_FR = """
            demo.adulte=Le demandeur est majeur : {amount}.
            demo.mineur=Le demandeur a {age} ans : pas de droit.
            """;

    public static final String MESSAGES_EN = """
            demo.adulte=The applicant is an adult: {amount}.
            demo.mineur=The applicant is {age}: no entitlement.
            """;

    private DemoRuleSet() {
    }

    /** Writes the rule set under {@code root/demo/} and returns {@code root}. */
    public static Path write(Path root) {
        write(root.resolve("demo/demo.drl"), DRL);
        write(root.resolve("demo/parameters.yaml"), PARAMETERS);
        write(root.resolve("demo/messages_fr.properties"), MESSAGES_FR);
        write(root.resolve("demo/messages_en.properties"), MESSAGES_EN);
        return root;
    }

    /** Writes one file, creating its folders. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
