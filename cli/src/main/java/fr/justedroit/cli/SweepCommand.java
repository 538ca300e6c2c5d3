package fr.justedroit.cli;

import fr.justedroit.EvaluationException;
import fr.justedroit.IncomeType;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JsonName;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.RuleSetException;
import fr.justedroit.examples.sweep.IncomeSweep;
import fr.justedroit.examples.sweep.SweepChart;
import fr.justedroit.examples.sweep.SweepCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit sweep FILE --person ID --income TYPE --from A --to B --step S}: varies one
 * person's monthly income and writes a CSV and an SVG chart of the benefits, the disposable income
 * and the effective marginal rate.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Varies one person's income and charts what the household keeps.",
                "Writes sweep-<person>-<type>-<month>.csv (income, each benefit, disposable income, effective "
                        + "marginal rate) and .svg (benefits stacked on the household's income, cliffs shaded)."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The household: a JSON or YAML request.")
    Path file;

    @Option(names = "--person", paramLabel = "ID", description = "The person whose income varies (default: the applicant).")
    String person;

    @Option(names = "--income", paramLabel = "TYPE",
            description = "The income type that varies (default: ${DEFAULT-VALUE}); taxable_income varies N-2 and N-1.")
    String income = "net_social_salary";

    @Option(names = "--from", paramLabel = "EUROS", description = "First amount, euros a month (default: ${DEFAULT-VALUE}).")
    BigDecimal from = BigDecimal.ZERO;

    @Option(names = "--to", paramLabel = "EUROS", description = "Last amount, euros a month (default: ${DEFAULT-VALUE}).")
    BigDecimal to = new BigDecimal("3000");

    @Option(names = "--step", paramLabel = "EUROS", description = "Step, euros (default: ${DEFAULT-VALUE}).")
    BigDecimal step = new BigDecimal("10");

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The benefit month, if the file gives none (or to override it).")
    YearMonth month;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder of the CSV and SVG (default: the current folder).")
    Path out = Path.of(".");

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the chart: fr or en (default: fr).")
    Language language = Language.FR;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IncomeType type = JsonName.parse(IncomeType.class, income);
        if (type == null) {
            err.println("error: --income: '" + income + "' is not an income type (expected one of "
                    + JsonName.choices(IncomeType.class) + ")");
            return Main.BAD_INPUT;
        }
        Request request;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            request = name.endsWith(".yaml") || name.endsWith(".yml") ? Requests.fromYaml(text, month) : Requests.fromJson(text, month);
            if (month != null) {
                request = request.withMonth(month);
            }
        } catch (NoSuchFileException e) {
            err.println("error: " + file + ": no such file");
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + file + ": cannot be read");
            return Main.BAD_INPUT;
        } catch (InvalidRequestException e) {
            err.println("error: " + file + " breaks the contract:");
            e.errors().forEach(ie -> err.println("  " + ie));
            return Main.BAD_INPUT;
        }
        String who = person != null ? person : request.household().applicant().map(Person::id).orElse(null);
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        }
        IncomeSweep.Result sweep;
        try {
            sweep = IncomeSweep.run(engine, request, who, type, from, to, step);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (InvalidRequestException e) {
            return Main.refused(file + " breaks the contract", e, err);
        } catch (EvaluationException e) {
            return Main.rulesCouldNotDecide(file, e, err);
        }
        String base = "sweep-" + safe(who) + "-" + type.jsonName() + "-" + sweep.month();
        Path csv = out.resolve(base + ".csv");
        Path svg = out.resolve(base + ".svg");
        try {
            Files.createDirectories(out);
            Files.writeString(csv, SweepCsv.write(sweep), StandardCharsets.UTF_8);
            Files.writeString(svg, SweepChart.svg(sweep, language), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write in " + out + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        stdout.println("Wrote " + csv + " (" + sweep.points().size() + " rows) and " + svg + ".");
        Map<String, BigDecimal> exits = sweep.exits();
        for (String b : sweep.benefits()) {
            BigDecimal first = sweep.points().get(0).benefits().get(b);
            BigDecimal last = sweep.points().get(sweep.points().size() - 1).benefits().get(b);
            stdout.println("  " + SweepChart.benefitName(b, Language.EN) + ": " + first.toPlainString() + " € at "
                    + sweep.points().get(0).income().toPlainString() + " €, " + last.toPlainString() + " € at "
                    + sweep.points().get(sweep.points().size() - 1).income().toPlainString() + " €"
                    + (exits.containsKey(b) ? "; no longer paid from " + exits.get(b).toPlainString() + " €" : "")
                    + (IncomeSweep.ONE_OFF.contains(b) ? " (one-off, not in the disposable income)" : ""));
        }
        for (IncomeSweep.Cliff c : sweep.cliffs()) {
            stdout.println("  Cliff: disposable income falls by " + c.loss().toPlainString() + " € from "
                    + c.from().toPlainString() + " € to " + c.to().toPlainString() + " €");
        }
        sweep.notComputable().forEach((b, paths) -> err.println("warning: " + b + " is not computable at some points (counted 0); missing: "
                + String.join(", ", paths)));
        return Main.OK;
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
