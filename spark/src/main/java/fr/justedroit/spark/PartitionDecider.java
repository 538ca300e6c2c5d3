package fr.justedroit.spark;

import fr.justedroit.BatchOptions;
import fr.justedroit.BatchResult;
import fr.justedroit.JusteDroit;
import fr.justedroit.RequestLimits;
import fr.justedroit.examples.population.HouseholdOutcome;
import fr.justedroit.examples.population.PopulationFile;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * Decides one partition of a population: its lines (their bytes and 0-based position in the input),
 * read as a population file's lines are read ({@link PopulationFile#line}), a repeated id refused
 * ({@link PopulationFile#repeated}), and decided by this JVM's engines ({@link Engines}) through the
 * engine's batch, a chunk of lines at a time (one thread: Spark runs one task per core), under the law
 * in force and, when there is one, under the reform. The outcomes come lazily, in the order of the
 * lines, so a partition is never held whole.
 */
final class PartitionDecider implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, HouseholdOutcome> {
    private static final long serialVersionUID = 1L;
    /** Lines decided together: enough to amortize a batch's start, small enough to keep a partition streaming. */
    static final int CHUNK = 256;

    private final ReformFiles reforms;
    private final YearMonth month;
    /** The first line of each id given by more than one line: the later lines are refused. */
    private final Map<String, Long> firstLines;

    PartitionDecider(ReformFiles reforms, YearMonth month, Map<String, Long> firstLines) {
        this.reforms = reforms;
        this.month = month;
        this.firstLines = firstLines;
    }

    /** The line at {@code position} (0-based) of the input, as one machine reads it; {@code null} when blank. */
    static PopulationFile.Line read(byte[] bytes, long position, YearMonth month) {
        return PopulationFile.line(position + 1, bytes, month, RequestLimits.DEFAULT);
    }

    @Override
    public Iterator<HouseholdOutcome> call(Iterator<Tuple2<byte[], Long>> lines) {
        Engines.Pair engines = Engines.of(reforms);
        return new Iterator<>() {
            private Iterator<HouseholdOutcome> chunk = List.<HouseholdOutcome>of().iterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && lines.hasNext()) {
                    chunk = decide(nextLines(lines), engines).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public HouseholdOutcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    /** The next non-blank lines, at most {@link #CHUNK}, a repeated id refused. */
    private List<PopulationFile.Line> nextLines(Iterator<Tuple2<byte[], Long>> lines) {
        List<PopulationFile.Line> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && lines.hasNext()) {
            Tuple2<byte[], Long> t = lines.next();
            PopulationFile.Line line = read(t._1(), t._2(), month);
            if (line == null) {
                continue;
            }
            Long first = line.id() == null ? null : firstLines.get(line.id());
            chunk.add(first != null && first != line.entry().line() ? PopulationFile.repeated(line, first) : line);
        }
        return chunk;
    }

    private List<HouseholdOutcome> decide(List<PopulationFile.Line> chunk, Engines.Pair engines) {
        List<BatchResult> law = results(engines.law(), chunk);
        List<BatchResult> reform = engines.reform() == null ? null : results(engines.reform(), chunk);
        List<HouseholdOutcome> outcomes = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            outcomes.add(HouseholdOutcome.of(chunk.get(i), law.get(i), reform == null ? null : reform.get(i)));
        }
        return outcomes;
    }

    private List<BatchResult> results(JusteDroit engine, List<PopulationFile.Line> chunk) {
        BatchOptions options = BatchOptions.defaults().withThreads(1).withLimits(RequestLimits.DEFAULT).withDefaultMonth(month);
        try (Stream<BatchResult> results = engine.batch(options).results(chunk.stream().map(PopulationFile.Line::entry).iterator())) {
            return results.toList();
        }
    }
}
