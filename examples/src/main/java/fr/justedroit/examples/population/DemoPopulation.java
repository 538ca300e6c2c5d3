package fr.justedroit.examples.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.JusteDroit;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Role;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes the bundled demonstration population ({@code examples/populations/demo-2000.jsonl}): households of
 * the seeded {@link HouseholdGenerator}, each with a survey-like weight, two labels ({@code departement},
 * {@code type}) and what it is "paid today": what the law in force decides, except that one entitled
 * household in eight is paid nothing (non-take-up) and one in twenty is paid 10 % more (over-payment), so
 * that the lists of {@code simulate --input} have something to show. Invented figures, for trying the
 * command: not a statistic.
 *
 * <pre>
 * java -cp "cli/target/justedroit-cli.jar:cli/target/lib/*" fr.justedroit.examples.population.DemoPopulation \
 *     examples/populations/demo-2000.jsonl 2000 1 2025-06
 * </pre>
 */
public final class DemoPopulation {
    private static final List<String> DEPARTEMENTS = List.of("09", "11", "31", "34", "66");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoPopulation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: DemoPopulation OUT.jsonl HOUSEHOLDS SEED YYYY-MM");
            System.exit(2);
        }
        write(Path.of(args[0]), Long.parseLong(args[1]), Long.parseLong(args[2]), YearMonth.parse(args[3]),
                JusteDroit.builder().catalog().build());
    }

    /** Writes {@code households} lines to {@code out}; the same arguments give the same file. */
    public static void write(Path out, long households, long seed, YearMonth month, JusteDroit law) throws IOException {
        HouseholdGenerator generator = new HouseholdGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long i = 0; i < households; i++) {
                Request request = generator.household(i, month);
                ObjectNode line = JSON.createObjectNode();
                line.put("id", String.format("D%05d", i));
                // A weight between 0.5 and 5, in quarters: a sample's households stand for different numbers.
                line.put("weight", BigDecimal.valueOf(2 + random.nextInt(19), 2).multiply(BigDecimal.valueOf(25)).stripTrailingZeros());
                ObjectNode labels = line.putObject("labels");
                labels.put("departement", DEPARTEMENTS.get(random.nextInt(DEPARTEMENTS.size())));
                labels.put("type", type(request));
                ObjectNode paid = line.putObject("paid");
                int draw = random.nextInt(40);
                for (Map.Entry<String, BigDecimal> due : due(law, request).entrySet()) {
                    BigDecimal amount = due.getValue();
                    if (amount.signum() > 0 && draw < 5) {
                        continue; // one in eight: not paid
                    }
                    if (amount.signum() > 0 && draw >= 38) {
                        amount = amount.multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.HALF_UP); // one in twenty: 10 % too much
                    }
                    if (amount.signum() > 0) {
                        paid.put(due.getKey(), amount);
                    }
                }
                line.set("request", JSON.readTree(Requests.toJsonLine(request)));
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    private static Map<String, BigDecimal> due(JusteDroit law, Request request) {
        Map<String, BigDecimal> due = new TreeMap<>();
        WeightedSums.paid(law.decide(request)).forEach((benefit, p) -> due.put(benefit, p.amount()));
        return due;
    }

    /** The household's composition: seul, seul_enfants, couple, couple_enfants. */
    static String type(Request request) {
        boolean partner = false;
        boolean children = false;
        for (Person p : request.household().persons()) {
            partner |= p.role() == Role.PARTNER;
            children |= p.role() == Role.CHILD;
        }
        return (partner ? "couple" : "seul") + (children ? "_enfants" : "");
    }
}
