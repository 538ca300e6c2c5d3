package fr.justedroit.synthetic;

import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated households as a JSON Lines file, the kind of file a caisse feeds a batch with: household
 * {@code i} of the generator on line {@code i + 1}, with its incomes over the years before the month
 * (the generator's twelve months repeated back to a first month), and optionally a bad line at regular
 * intervals, so that a batch's error reporting is exercised too.
 *
 * <pre>java -cp ... fr.justedroit.synthetic.HouseholdLines FILE [lines=10000] [month=2025-09] [incomesSince=2021-01] [badEvery=0] [seed=42]</pre>
 */
public final class HouseholdLines {
    /** The bad lines, in turn: not JSON, a wrong type, a date that does not exist, no household. */
    private static final List<String> BAD = List.of(
            "{\"month\": \"2025-09\", \"household\": {\"persons\": [",
            "{\"month\":\"2025-09\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\"1980-03-15\",\"pregnant\":\"no\"}]}}",
            "{\"month\":\"2025-09\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\"1980-02-30\"}]}}",
            "{\"month\":\"2025-09\"}");

    private final HouseholdGenerator generator;
    private final YearMonth month;
    private final YearMonth incomesSince;
    private final long badEvery;

    /**
     * @param incomesSince the first month of incomes (monthly incomes repeat the generator's twelve
     *     months, year after year; annual ones its first year), or {@code null} for the generator's own
     * @param badEvery every {@code badEvery}-th line is a bad one (0: none)
     */
    public HouseholdLines(HouseholdGenerator generator, YearMonth month, YearMonth incomesSince, long badEvery) {
        this.generator = generator;
        this.month = month;
        this.incomesSince = incomesSince;
        this.badEvery = badEvery;
    }

    /** Whether line {@code line} (1-based) is a bad one. */
    public boolean isBad(long line) {
        return badEvery > 0 && line % badEvery == 0;
    }

    /** The text of line {@code line} (1-based), without its line break. */
    public String line(long line) {
        if (isBad(line)) {
            return BAD.get((int) ((line / badEvery) % BAD.size()));
        }
        Request r = generator.household(line - 1, month);
        return Requests.toJsonLine(incomesSince == null ? r : withIncomesSince(r, incomesSince));
    }

    /** Writes lines 1 to {@code lines} to {@code out}, each followed by {@code \n}; returns the bytes written. */
    public long write(OutputStream out, long lines) throws IOException {
        long bytes = 0;
        for (long i = 1; i <= lines; i++) {
            byte[] b = (line(i) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(b);
            bytes += b.length;
        }
        out.flush();
        return bytes;
    }

    /** Writes lines until the file holds at least {@code bytes} bytes; returns the number of lines. */
    public long writeAtLeast(OutputStream out, long bytes) throws IOException {
        long written = 0;
        long i = 0;
        while (written < bytes) {
            byte[] b = (line(++i) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(b);
            written += b.length;
        }
        out.flush();
        return i;
    }

    /**
     * The request with its persons' monthly incomes repeated back to {@code since}, year by year (the
     * twelve months before the decision month give every earlier year the same pattern), and its
     * annual incomes (the taxable income of N-2) back to the year of {@code since}.
     */
    public static Request withIncomesSince(Request request, YearMonth since) {
        List<Person> persons = new ArrayList<>();
        for (Person p : request.household().persons()) {
            List<Income> incomes = new ArrayList<>(p.incomes());
            int firstYear = p.incomes().stream().filter(i -> i.year() != null).mapToInt(Income::year).min().orElse(Integer.MAX_VALUE);
            for (Income i : p.incomes()) {
                if (i.month() != null) {
                    for (YearMonth m = i.month().minusYears(1); !m.isBefore(since); m = m.minusYears(1)) {
                        incomes.add(Income.monthly(i.type(), m, i.amount()));
                    }
                } else if (i.year() != null && i.year() == firstYear) {
                    for (int y = firstYear - 1; y >= since.getYear(); y--) {
                        incomes.add(Income.annual(i.type(), y, i.amount()));
                    }
                }
            }
            persons.add(p.withIncomes(incomes));
        }
        Household h = request.household();
        return new Request(request.month(), h.withPersons(persons), request.violenceAid());
    }

    /** Writes the file named by the first argument; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HouseholdLines FILE [lines=10000] [month=2025-09] [incomesSince=2021-01] [badEvery=0] [seed=42]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
        YearMonth month = args.length > 2 ? YearMonth.parse(args[2]) : YearMonth.of(2025, 9);
        YearMonth since = args.length > 3 ? YearMonth.parse(args[3]) : YearMonth.of(2021, 1);
        long badEvery = args.length > 4 ? Long.parseLong(args[4]) : 0;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long bytes = new HouseholdLines(new HouseholdGenerator(seed), month, since, badEvery).write(out, lines);
            System.err.printf("%s: %d lines, %d bytes%n", file, lines, bytes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
