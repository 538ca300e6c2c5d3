package fr.justedroit.spark;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@link SimulateJob}: those of {@code justedroit simulate --input}, and where Spark runs.
 *
 * @param input the population: a JSON Lines file (or a folder of them), or Parquet ({@link PopulationTable})
 * @param format how {@code input} is read
 * @param reforms the reform folders, applied in order ({@code --reform DIR}, repeatable); empty: the law alone
 * @param out the folder of the tables and the lists, on the driver's machine
 * @param decisions where {@code decisions.parquet} goes, through Spark (on a cluster, its file system):
 *     {@code --decisions URI}, by default {@code out/decisions.parquet}
 * @param month the month of the requests that give none, or {@code null}
 * @param master the Spark master ({@code --master}), or {@code null} for spark-submit's (local[*] without one)
 * @param partitions the least number of partitions to read the input into, or 0 for Spark's choice
 */
public record JobOptions(String input, Format format, List<Path> reforms, Path out, String decisions, YearMonth month, String master,
        int partitions) {
    /** How the population is stored. */
    public enum Format {
        /** One household a line, as {@code population.schema.json} says. */
        JSONL,
        /** The columns of {@link PopulationTable}. */
        PARQUET
    }

    public JobOptions {
        reforms = List.copyOf(reforms);
    }

    static final String USAGE = "usage: SimulateJob --input FILE|DIR [--format jsonl|parquet] [--reform DIR]... [--out DIR] "
            + "[--decisions URI] [--month YYYY-MM] [--master URL] [--partitions N]";

    /** A command line that does not read, with what is wrong. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** Reads the command line; the format is Parquet when the input's name ends in {@code .parquet}, unless given. */
    static JobOptions parse(String... args) throws BadOption {
        String input = null;
        Format format = null;
        List<Path> reforms = new ArrayList<>();
        Path out = Path.of(".");
        String decisions = null;
        YearMonth month = null;
        String master = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new BadOption(option + ": " + (option.startsWith("--") ? "a value is missing" : "not an option") + "\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> input = value;
                case "--format" -> format = switch (value) {
                    case "jsonl" -> Format.JSONL;
                    case "parquet" -> Format.PARQUET;
                    default -> throw new BadOption("--format: " + value + " (expected jsonl or parquet)");
                };
                case "--reform" -> reforms.add(Path.of(value));
                case "--out" -> out = Path.of(value);
                case "--decisions" -> decisions = value;
                case "--month" -> {
                    try {
                        month = YearMonth.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new BadOption("--month: " + value + " (expected YYYY-MM)");
                    }
                }
                case "--master" -> master = value;
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new BadOption("--partitions: " + value + " (expected 1 or more)");
                    }
                }
                default -> throw new BadOption(option + ": unknown option\n" + USAGE);
            }
        }
        if (input == null) {
            throw new BadOption("--input: missing (expected the population file)\n" + USAGE);
        }
        if (format == null) {
            format = input.replaceAll("/+$", "").endsWith(".parquet") ? Format.PARQUET : Format.JSONL;
        }
        if (decisions == null) {
            decisions = out.resolve("decisions.parquet").toString();
        }
        return new JobOptions(input, format, reforms, out, decisions, month, master, partitions);
    }
}
