package fr.justedroit.spark;

import fr.justedroit.RuleSetException;
import fr.justedroit.examples.population.DecileGroup;
import fr.justedroit.examples.population.FileLists;
import fr.justedroit.examples.population.FileReports;
import fr.justedroit.examples.population.FileSimulation;
import fr.justedroit.examples.population.HouseholdOutcome;
import fr.justedroit.examples.population.PopulationFile;
import fr.justedroit.examples.population.PopulationSums;
import fr.justedroit.examples.population.ReformCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code justedroit simulate --input} on Apache Spark: a population (JSON Lines or Parquet) decided on
 * the executors, partition by partition, each executor's engine built once; the same tables as on one
 * machine ({@code totals.csv}, {@code labels.csv}, {@code deciles.csv}, {@code payments.csv}, under a
 * reform {@code winners_losers.csv} and {@code deciles.svg}), the same lists ({@code errors.jsonl},
 * {@code non_take_up.csv}, {@code over_payment.csv}, {@code under_payment.csv}), written by the same
 * code ({@link FileReports}, {@link FileLists}) from the same sums ({@link PopulationSums}, added up
 * per partition and merged exactly), and {@code decisions.parquet} ({@link DecisionsTable}).
 *
 * <pre>
 * spark-submit --class fr.justedroit.spark.SimulateJob ... justedroit-spark.jar \
 *     --input population.jsonl [--reform DIR] [--out DIR] [--decisions URI] [--month YYYY-MM] [--partitions N]
 * </pre>
 *
 * <p>The exit status is that of {@code justedroit simulate}: 0, or 2 when an option is wrong or some
 * line was not decided (each in {@code errors.jsonl} with its line, its id and its errors by path; the
 * others are decided), 3 when the rule sets do not load.
 */
public final class SimulateJob {
    /** Every line decided. */
    public static final int OK = 0;
    /** A wrong option, or lines not decided. */
    public static final int BAD_INPUT = 2;
    /** The rule sets or the reform do not load. */
    public static final int RULES_BROKEN = 3;

    private SimulateJob() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the job with these options; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.BadOption e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        Path local = localPath(options.input());
        if (local != null && !Files.exists(local)) {
            err.println("error: --input: " + options.input() + ": no such file");
            return BAD_INPUT;
        }
        for (Path reform : options.reforms()) {
            if (!Files.isDirectory(reform)) {
                err.println("error: --reform: " + reform + ": no such folder");
                return BAD_INPUT;
            }
        }
        ReformFiles reforms;
        try {
            reforms = ReformFiles.read(options.reforms());
        } catch (IOException e) {
            err.println("error: --reform: " + e.getMessage());
            return BAD_INPUT;
        }
        Engines.Pair engines;
        try {
            // Built on the driver first: rule sets or a reform that do not load stop the job before any task.
            engines = Engines.of(reforms);
        } catch (RuleSetException e) {
            err.println("error: the rule sets do not load: " + e.getMessage());
            return RULES_BROKEN;
        }
        if (engines.reform() != null) {
            String problem = ReformCheck.problem(engines.law(), engines.reform());
            if (problem != null) {
                err.println("error: --reform: " + problem);
                return BAD_INPUT;
            }
            List<String> added = ReformCheck.addedRuleFiles(engines.law(), engines.reform());
            if (!added.isEmpty()) {
                err.println("note: the reform adds rule files: " + String.join(", ", added));
            }
        }
        try (Session session = Session.start("JusteDroit simulate " + options.input(), options.master())) {
            return simulate(session.spark(), options, reforms, engines, out, err);
        } catch (IOException e) {
            err.println("error: --out: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** The input as a path of this machine ({@code file:} or no scheme), or {@code null} for a cluster's (hdfs:, s3a:...). */
    private static Path localPath(String input) {
        try {
            URI uri = new URI(input);
            if (uri.getScheme() == null) {
                return Path.of(input);
            }
            return uri.getScheme().equals("file") ? Path.of(uri) : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Path.of(input); // not a URI: a file name with spaces, say
        }
    }

    private static int simulate(SparkSession spark, JobOptions options, ReformFiles reforms, Engines.Pair engines, PrintWriter out,
            PrintWriter err) throws IOException {
        long start = System.nanoTime();
        JavaPairRDD<byte[], Long> lines = lines(spark, options);
        YearMonth month = options.month();
        Map<String, Long> firstLines = repeatedIds(lines, month);
        JavaRDD<HouseholdOutcome> outcomes = lines.mapPartitions(new PartitionDecider(reforms, month, firstLines))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            boolean reformed = engines.reform() != null;
            // The sums per partition, merged on the driver: small (per benefit, label value, gap), except the decile
            // table, which has a group per distinct own income: it is added up on the executors instead, sorted by
            // income, and read on the driver a partition at a time.
            PopulationSums sums = outcomes.aggregate(new PopulationSums(reformed, false), PopulationSums::add, PopulationSums::merge);
            Iterator<Tuple2<BigDecimal, DecileGroup>> deciles = outcomes.filter(HouseholdOutcome::decided)
                    .mapToPair(o -> {
                        Map.Entry<BigDecimal, DecileGroup> d = PopulationSums.decile(o);
                        return new Tuple2<>(d.getKey(), d.getValue());
                    })
                    .reduceByKey(DecileGroup::merge)
                    .sortByKey(true)
                    .toLocalIterator();
            FileSimulation.Result result = sums.result(new Iterator<Map.Entry<BigDecimal, DecileGroup>>() {
                @Override
                public boolean hasNext() {
                    return deciles.hasNext();
                }

                @Override
                public Map.Entry<BigDecimal, DecileGroup> next() {
                    Tuple2<BigDecimal, DecileGroup> t = deciles.next();
                    return Map.entry(t._1(), t._2());
                }
            });
            Path dir = options.out();
            List<String> firstErrors;
            try (FileLists lists = new FileLists(dir)) {
                // The lists in the order of the lines, as one machine writes them; only the lines listed come to the driver.
                Iterator<HouseholdOutcome> listed = outcomes.filter(o -> !o.decided() || !o.gaps().isEmpty())
                        .sortBy(HouseholdOutcome::line, true, Math.max(1, outcomes.getNumPartitions())).toLocalIterator();
                while (listed.hasNext()) {
                    listed.next().report(lists);
                }
                firstErrors = lists.firstErrors();
            }
            spark.createDataFrame(outcomes.filter(HouseholdOutcome::decided).flatMap(DecisionsTable::rows), DecisionsTable.SCHEMA)
                    .write().mode(SaveMode.Overwrite).parquet(options.decisions());
            List<Path> written = FileReports.write(result, dir);
            out.print(FileReports.summary(result, Path.of(options.input())));
            out.println("Wrote " + written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + ", non_take_up.csv, over_payment.csv, under_payment.csv and errors.jsonl in " + dir
                    + ", the decisions in " + options.decisions() + ".");
            out.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            // The job's own time, Spark's start and the engines' build aside: what grows with the population.
            err.printf(java.util.Locale.ROOT, "Decided %d households in %.1f s (%.0f households/s) on %s, %d partitions%n", result.lines(),
                    seconds, result.lines() / Math.max(seconds, 1e-9), spark.sparkContext().master(), outcomes.getNumPartitions());
            err.flush();
            if (result.refused() > 0) {
                err.println(result.refused() + " line(s) not decided, counted in no total (every one in errors.jsonl); the first:");
                firstErrors.forEach(e -> err.println("  " + e));
                return BAD_INPUT;
            }
            return OK;
        } finally {
            outcomes.unpersist(false);
        }
    }

    /**
     * Each line's bytes (as in the file: a line that is not UTF-8 is refused as on one machine) and its
     * position (0-based) in the input, in the input's order.
     */
    private static JavaPairRDD<byte[], Long> lines(SparkSession spark, JobOptions options) {
        if (options.format() == JobOptions.Format.PARQUET) {
            JavaRDD<byte[]> rows = spark.read().parquet(options.input()).javaRDD()
                    .map(row -> PopulationTable.jsonLine(row).getBytes(StandardCharsets.UTF_8));
            return (options.partitions() > 0 ? rows.repartition(options.partitions()) : rows).zipWithIndex();
        }
        int partitions = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultMinPartitions();
        // Hadoop's Text holds the line's bytes undecoded (and is reused from line to line: copied).
        return new JavaSparkContext(spark.sparkContext()).hadoopFile(options.input(), TextInputFormat.class, LongWritable.class,
                Text.class, partitions).map(t -> t._2().copyBytes()).zipWithIndex();
    }

    /**
     * The first line of each id that more than one line gives, as one machine finds them: the later
     * lines are refused ({@link PopulationFile#repeated}). Few in a sound file; all come to the driver.
     */
    private static Map<String, Long> repeatedIds(JavaPairRDD<byte[], Long> lines, YearMonth month) {
        Map<String, Long> first = new HashMap<>();
        lines.flatMapToPair(t -> {
            PopulationFile.Line line = PartitionDecider.read(t._1(), t._2(), month);
            return line == null || line.id() == null ? List.<Tuple2<String, long[]>>of().iterator()
                    : List.of(new Tuple2<>(line.id(), new long[] {line.entry().line(), 1})).iterator();
        }).reduceByKey((a, b) -> new long[] {Math.min(a[0], b[0]), a[1] + b[1]})
                .filter(e -> e._2()[1] > 1)
                .collectAsMap()
                .forEach((id, v) -> first.put(id, v[0]));
        return first;
    }
}
