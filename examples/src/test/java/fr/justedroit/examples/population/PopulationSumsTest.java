package fr.justedroit.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.BatchOptions;
import fr.justedroit.BatchResult;
import fr.justedroit.JusteDroit;
import fr.justedroit.RequestLimits;
import fr.justedroit.examples.Engines;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sums of a population merged from parts, as a cluster merges its partitions: the first 200
 * households of the bundled population (the project's seeded generator) and {@code under-paid.jsonl},
 * under the law in force and
 * {@code rsa-plus-10}, split at random (seeded) into parts added up apart and merged in a random order,
 * give the tables of the whole, to the byte, and those of {@link FileSimulation} on the same lines.
 */
class PopulationSumsTest {
    static final Path DEMO = Path.of("populations", "demo-2000.jsonl");
    static List<HouseholdOutcome> outcomes;
    static Path file;

    @BeforeAll
    static void decide(@TempDir Path dir) throws Exception {
        file = dir.resolve("demo-200.jsonl");
        List<String> text = new ArrayList<>(Files.readAllLines(DEMO, StandardCharsets.UTF_8).subList(0, 200));
        // And under-paid households (the demo has none), one of them repeating an id: refused.
        text.addAll(Files.readAllLines(FileSimulationTest.UNDER_PAID, StandardCharsets.UTF_8));
        Files.write(file, text, StandardCharsets.UTF_8);
        List<PopulationFile.Line> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            PopulationFile.uniqueIds(PopulationFile.lines(in, null, RequestLimits.DEFAULT)).forEachRemaining(lines::add);
        }
        List<BatchResult> law = results(Engines.law(), lines);
        List<BatchResult> reform = results(Engines.rsaPlus10(), lines);
        outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            outcomes.add(HouseholdOutcome.of(lines.get(i), law.get(i), reform.get(i)));
        }
    }

    private static List<BatchResult> results(JusteDroit engine, List<PopulationFile.Line> lines) {
        Iterator<fr.justedroit.BatchEntry> entries = lines.stream().map(PopulationFile.Line::entry).iterator();
        try (Stream<BatchResult> results = engine.batch(BatchOptions.defaults().withThreads(2)).results(entries)) {
            return results.toList();
        }
    }

    static List<String> tables(FileSimulation.Result r) {
        return List.of(FileReports.totals(r), FileReports.labels(r), FileReports.deciles(r), FileReports.winnersLosers(r),
                FileReports.payments(r), DecileChart.svg(r.deciles()));
    }

    @Test
    void partsMergedInAnyOrderGiveTheTablesOfTheWhole() {
        PopulationSums whole = new PopulationSums(true);
        outcomes.forEach(whole::add);
        List<String> expected = tables(whole.result());
        assertThat(whole.result().decided()).isEqualTo(203);
        assertThat(whole.result().refused()).isEqualTo(1);
        assertThat(FileReports.payments(whole.result())).containsPattern("\nrsa,[1-9]\\d*,.*,[1-9]\\d*,[0-9.]+,[0-9.]+\n");
        SplittableRandom random = new SplittableRandom(15);
        for (int trial = 0; trial < 20; trial++) {
            int parts = 2 + random.nextInt(7);
            List<PopulationSums> sums = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                sums.add(new PopulationSums(true));
            }
            for (HouseholdOutcome o : outcomes) {
                sums.get(random.nextInt(parts)).add(o);
            }
            Collections.shuffle(sums, new java.util.Random(random.nextLong()));
            PopulationSums merged = new PopulationSums(true);
            sums.forEach(merged::merge);
            assertThat(tables(merged.result())).as("trial %d, %d parts", trial, parts).isEqualTo(expected);
        }
    }

    @Test
    void theSumsAreThoseOfTheFileSimulation(@TempDir Path out) throws Exception {
        PopulationSums whole = new PopulationSums(true);
        outcomes.forEach(whole::add);
        FileSimulation.Result r;
        try (FileLists lists = new FileLists(out)) {
            r = new FileSimulation(file, null, 2).run(Engines.law(), Engines.rsaPlus10(), lists);
        }
        assertThat(tables(whole.result())).isEqualTo(tables(r));
        // Not a trivial equality: the reform pays more RSA than the law.
        assertThat(FileReports.totals(r)).containsPattern("\nrsa,\\d+,[0-9.]+,[0-9.]+,\\d+,[0-9.]+,[0-9.]+,[1-9]");
    }

    @Test
    void theDecileTableMadeApartGivesTheSameTables() {
        PopulationSums whole = new PopulationSums(true);
        outcomes.forEach(whole::add);
        // As a cluster does: sums without deciles per part, the decile groups merged by income elsewhere, read in order.
        PopulationSums parts = new PopulationSums(true, false);
        java.util.TreeMap<java.math.BigDecimal, DecileGroup> groups = new java.util.TreeMap<>();
        for (HouseholdOutcome o : outcomes) {
            parts.add(o);
            if (o.decided()) {
                java.util.Map.Entry<java.math.BigDecimal, DecileGroup> d = PopulationSums.decile(o);
                groups.merge(d.getKey(), d.getValue(), DecileGroup::merge);
            }
        }
        assertThat(groups.size()).isGreaterThan(10);
        assertThat(tables(parts.result(groups.entrySet().iterator()))).isEqualTo(tables(whole.result()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parts.result(groups.descendingMap().entrySet().iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not by increasing income");
        org.assertj.core.api.Assertions.assertThatThrownBy(parts::result).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sumsWithAndWithoutAReformDoNotMerge() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PopulationSums(true).merge(new PopulationSums(false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
