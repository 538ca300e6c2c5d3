package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No log line carries a person's health, income or violence facts. {@link SensitiveDataProbe} runs in
 * a JVM of its own with every logger (the engine's, Drools', KIE's) at INFO, slf4j-simple's default
 * level and more than the command line's shipped WARN (and at TRACE, where Drools prints the facts it
 * inserts and matches); it decides a household with a disability,
 * incomes and a violence claim through the library and the command line, and makes a rule set fail
 * on it. Its stderr holds the log lines only; the values must all be absent from them, and present in
 * the output that was asked for (so that the test can see them when they are there).
 */
class NoSensitiveDataInLogsTest {
    /** Values of the probe's households: ids, amounts (as written and as formatted), dates, field names. */
    static final List<String> SENSITIVE = List.of(SensitiveDataProbe.VICTIM, SensitiveDataProbe.PARTNER, SensitiveDataProbe.CHILD,
            "1234.57", "1234,57", "1 234,57", "987.61", "987,61", "271.83", "271,83", "2718.28", "2718,28", "2 718,28",
            "2718.29", "2718,29", "2 718,29", "2718.27", "2718,27", "2 718,27",
            "16180", "16 180", "31415", "31 415", "314.16", "314,16",
            "1971-03-29", "1969-11-07", "2013-08-21", "2019-02-13", "2025-04-17", "2025-06-09",
            "29 mars 1971", "17 avril 2025", "9 juin 2025", "April 17, 2025", "17 April 2025",
            "incapacityRate", "employmentRestriction", "violenceAid", "protection_order", "sickness_benefit", "alimony",
            SensitiveDataProbe.PARENT, SensitiveDataProbe.TODDLER, SensitiveDataProbe.YOUNG,
            "612.34", "612,34", "623.45", "623,45", "634.56", "634,56", "143.21", "143,21", "95.17", "95,17", "7071", "7 071",
            "1988-07-23", "2024-09-03", "2025-05-27", "2025-06-11", "2003-02-17", "2024-10-08",
            "23 juillet 1988", "3 septembre 2024", "27 mai 2025", "11 juin 2025", "17 février 2003", "8 octobre 2024",
            "complaint");
    /** The incapacity rate, as a number on its own. */
    static final Pattern RATE = Pattern.compile("(?<![\\d.,])79(?![\\d.,])");
    /** The incapacity rate of {@link SensitiveDataProbe#OTHER_REQUESTS}. */
    static final Pattern OTHER_RATE = Pattern.compile("(?<![\\d.,])85(?![\\d.,])");
    /** A number with decimals (an amount, a rate as a fraction, a parameter), in a fact. */
    static final Pattern AMOUNT_OR_RATE = Pattern.compile("\\d[.,]\\d");
    /** A date, in a fact. */
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The hexadecimal hash code of Object's text form. */
    static final Pattern IDENTITY_HASH = Pattern.compile("@[0-9a-f]+\\b");
    /** The numbers of a fact handle as Drools prints it: {@code 0:12:1234:-5678:12:DEFAULT:NON_TRAIT:}. */
    static final Pattern FACT_HANDLE = Pattern.compile("^-?\\d+:-?\\d+:-?\\d+:-?\\d+:-?\\d+:\\w+:\\w+:");

    @Test
    void noLogLineCarriesHealthIncomeOrViolenceFacts(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(leaks(runProbe("info", dir), true)).as("log lines with sensitive values at INFO").isEmpty();
    }

    /**
     * At TRACE Drools prints every fact it inserts and matches, through the fact's {@code toString}: the
     * engine's facts ({@code fr.justedroit.*}: persons, incomes, the household situation, the violence-aid
     * claim, verdicts), the records the catalog's rules build at each legal step ({@code fr.justedroit.catalog.*}),
     * the results of their accumulates (lists and counts, inserted by Drools as facts of their own) and the
     * tuples that carry them. Every log line is checked, none left out: no input value of the probe, and no
     * fact printed with an amount, a rate or a date (values the rules computed, which the probe cannot list).
     */
    @Test
    void atTraceNoFactDroolsPrintsCarriesHealthIncomeOrViolenceFacts(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> logs = runProbe("trace", dir);
        List<String> facts = printedFacts(logs);
        assertThat(facts).as("Drools printed at TRACE the facts of each kind (else this test would see nothing)")
                .anyMatch(fact -> fact.startsWith("fr.justedroit.rules.Member:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.ViolenceAidClaim:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.rules.MonthlyIncome:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.aah.AahTauxIncapacite:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.aah.AahRessources:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.primeactivite.PrimeActiviteBonification:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.violenceaid.ViolenceAidResources:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.rsa.RsaRessources:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.common.RedactedList:"))
                .anyMatch(fact -> fact.startsWith("fr.justedroit.catalog.common.RedactedCount:"))
                .anyMatch(fact -> fact.startsWith("java.util."));
        assertThat(logs).as("Drools printed the tuples of rule activations at TRACE")
                .anyMatch(line -> line.contains(" active=") && line.contains("[fact "));

        // Every line; the rate as a number on its own only in the facts (the other lines number nodes and segments).
        assertThat(leaks(logs, false)).as("log lines with sensitive values at TRACE").isEmpty();
        List<String> withValues = new ArrayList<>();
        for (String fact : facts) {
            if (AMOUNT_OR_RATE.matcher(fact).find() || DATE.matcher(fact).find() || RATE.matcher(fact).find()
                    || OTHER_RATE.matcher(fact).find()) {
                withValues.add(fact);
            }
        }
        assertThat(withValues).as("facts printed at TRACE with an amount, a rate or a date").isEmpty();
    }

    /**
     * The facts in the log lines, one per {@code [fact ...]} that Drools printed, without the handle's numbers
     * (its id and hash codes): the class, a colon and the fact's text form, up to the bracket that closes the
     * {@code [fact}, identity hash codes left out.
     */
    static List<String> printedFacts(List<String> logs) {
        List<String> facts = new ArrayList<>();
        for (String line : logs) {
            String[] parts = line.split("\\[fact ", -1);
            for (int i = 1; i < parts.length; i++) {
                String fact = factText(FACT_HANDLE.matcher(parts[i]).replaceFirst(""));
                // An identity hash code (Object's text form, Drools' initial fact) is not a value of the request.
                facts.add(IDENTITY_HASH.matcher(fact).replaceAll("@"));
            }
        }
        return facts;
    }

    /** {@code class:text} up to the closing bracket of the fact (an array's class and text are one word each). */
    private static String factText(String afterHandle) {
        int colon = afterHandle.indexOf(':');
        if (colon < 0) {
            return afterHandle;
        }
        String text = afterHandle.substring(colon + 1);
        if (text.startsWith("[L")) {
            // An Object[] (an accumulate with several functions) prints as its class and identity hash.
            return afterHandle.substring(0, colon + 1) + text.split("[\\]\\s]", 2)[0];
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth-- == 0) {
                return afterHandle.substring(0, colon + 1 + i);
            }
        }
        return afterHandle;
    }

    private static List<String> runProbe(String level, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level,
                "-Dorg.slf4j.simpleLogger.log.org.drools=" + level,
                "-Dorg.slf4j.simpleLogger.log.org.kie=" + level,
                "-Dorg.slf4j.simpleLogger.logFile=System.err",
                SensitiveDataProbe.class.getName(), dir.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the probe finishes").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        List<String> logs = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("probe exit; its stderr:%n%s", String.join("\n", logs)).isZero();

        // The probe did what it should: decisions with these values, a failure, and log lines.
        assertThat(output).contains(SensitiveDataProbe.VICTIM, "\"benefit\" : \"aah\"", "\"benefit\" : \"violence_aid\"",
                "1234.57", "household.persons[0].incomes[0].amount", "evaluation failed: rule 'broken.division'",
                SensitiveDataProbe.PARENT, "612,34", "\"rule\" : \"aah.ressources.trimestrielles\"",
                "\"rule\" : \"violence_aid.ressources\"", "\"rule\" : \"rsa.montant_forfaitaire_majore\"",
                "\"rule\" : \"rsa.condition_age\"");
        assertThat(logs).as("the loggers wrote something at %s (else this test would see nothing)", level).isNotEmpty();
        return logs;
    }

    /**
     * The sensitive values in {@code logs}; a number only where no digit continues it (Drools prints hash codes
     * at TRACE, in which "7071" may well appear); the incapacity rates as numbers on their own if {@code rates}.
     */
    private static List<String> leaks(List<String> logs, boolean rates) {
        List<Pattern> values = new ArrayList<>();
        for (String value : SENSITIVE) {
            values.add(Pattern.compile("(?<!\\d)" + Pattern.quote(value) + "(?!\\d)"));
        }
        List<String> leaks = new ArrayList<>();
        for (String line : logs) {
            for (Pattern value : values) {
                if (value.matcher(line).find()) {
                    leaks.add(value + " in: " + line);
                }
            }
            if (rates && (RATE.matcher(line).find() || OTHER_RATE.matcher(line).find())) {
                leaks.add("an incapacity rate in: " + line);
            }
        }
        return leaks;
    }
}
