package fr.justedroit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny rule set for the command's tests: benefit demo, 100 € (110 € from 2025) for adults. */
final class DemoRules {
    static final String PARAMETERS = """
            demo.montant:
              description: Montant de démonstration
              unit: euros
              values:
                - {since: 2020-01-01, value: 100, source: Code démo art. 1}
                - {since: 2025-01-01, value: 110, source: "Code démo art. 1, revalorisation 2025"}
            demo.age_minimum:
              description: Âge minimum
              unit: years
              values:
                - {since: 2000-01-01, value: 18, source: Code démo art. 3}
            """;

    private DemoRules() {
    }

    static Path write(Path root) {
        write(root.resolve("demo/demo.drl"), """
                package justedroit.catalog;
                import fr.justedroit.Role;
                import fr.justedroit.rules.DecisionMonth;
                import fr.justedroit.rules.Explanations;
                import fr.justedroit.rules.Member;
                import fr.justedroit.rules.MonthParameters;
                import fr.justedroit.rules.Verdict;
                global MonthParameters params;
                global Explanations explain;

                rule "demo.adulte"
                    @legalRef("Code démo art. 1 et 2")
                when
                    DecisionMonth()
                    Member(role == Role.APPLICANT, age >= params.get("demo.age_minimum").intValue())
                then
                    insert(Verdict.eligible("demo", "household", params.value("demo.montant")));
                    explain.of(kcontext, "demo", "household").with("amount", params.value("demo.montant"))
                           .using(params.get("demo.montant"));
                end

                rule "demo.mineur"
                    @legalRef("Code démo art. 3")
                when
                    DecisionMonth()
                    Member(role == Role.APPLICANT, $age : age, age < params.get("demo.age_minimum").intValue())
                then
                    insert(Verdict.ineligible("demo", "household"));
                    explain.of(kcontext, "demo", "household").with("age", $age);
                end
                """);
        write(root.resolve("demo/parameters.yaml"), PARAMETERS);
        write(root.resolve("demo/messages_fr.properties"), "demo.adulte=Le demandeur est majeur : {amount}.\n"
                + "demo.mineur=Le demandeur a {age} ans : pas de droit.\n");
        write(root.resolve("demo/messages_en.properties"), "demo.adulte=The applicant is an adult: {amount}.\n"
                + "demo.mineur=The applicant is {age}: no entitlement.\n");
        return root;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
