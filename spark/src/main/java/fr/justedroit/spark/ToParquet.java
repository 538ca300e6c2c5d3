package fr.justedroit.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Converts a population file (JSON Lines) into the Parquet table {@link PopulationTable} describes:
 * {@code ToParquet --input population.jsonl --out population.parquet [--master URL]}. Each line's own
 * fields go into their columns, the request as JSON text; a line that is not a JSON object, or whose
 * fields do not fit their columns, stops the conversion with its line number (the job checks the
 * requests themselves, as on one machine).
 */
public final class ToParquet {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private ToParquet() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the conversion; the exit status: 0 done, 2 a bad option or a line that does not convert. */
    public static int run(String... args) {
        String input = null;
        String out = null;
        String master = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--input" -> input = args[i + 1];
                case "--out" -> out = args[i + 1];
                case "--master" -> master = args[i + 1];
                default -> {
                    System.err.println("error: " + args[i] + ": unknown option");
                    return 2;
                }
            }
        }
        if (input == null || out == null || args.length % 2 != 0) {
            System.err.println("usage: ToParquet --input FILE.jsonl --out DIR.parquet [--master URL]");
            return 2;
        }
        try (Session session = Session.start("JusteDroit population to Parquet", master)) {
            SparkSession spark = session.spark();
            JavaRDD<Row> rows = new JavaSparkContext(spark.sparkContext()).hadoopFile(input, TextInputFormat.class, LongWritable.class,
                    Text.class, spark.sparkContext().defaultMinPartitions()).map(t -> t._2().copyBytes())
                    .zipWithIndex().mapPartitions(ToParquet::rows);
            spark.createDataFrame(rows, PopulationTable.SCHEMA).write().mode(SaveMode.Overwrite).parquet(out);
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof NotConvertible)) {
                cause = cause.getCause();
            }
            if (cause instanceof NotConvertible) {
                System.err.println("error: " + cause.getMessage());
                return 2;
            }
            throw e;
        }
    }

    /** A line that does not fit the table. */
    static final class NotConvertible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConvertible(String message) {
            super(message);
        }
    }

    private static Iterator<Row> rows(Iterator<scala.Tuple2<byte[], Long>> lines) {
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    scala.Tuple2<byte[], Long> t = lines.next();
                    String text = utf8(t._2() + 1, t._1());
                    if (!text.isBlank()) {
                        next = row(t._2() + 1, text);
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The line's text, its bytes UTF-8 or the conversion stops (a decoder would replace them silently). */
    private static String utf8(long line, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotConvertible("line " + line + ": not valid UTF-8 text");
        }
    }

    static Row row(long line, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotConvertible("line " + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new NotConvertible("line " + line + ": not a JSON object");
        }
        JsonNode request = root.get("request");
        return RowFactory.create(text(line, root, "id"), decimal(line, "weight", root.get("weight")), labels(line, root.get("labels")),
                paid(line, root.get("paid")), request == null || request.isNull() ? null : request.toString());
    }

    private static String text(long line, JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new NotConvertible("line " + line + ": " + field + ": not a string");
        }
        return v.asText();
    }

    private static BigDecimal decimal(long line, String path, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new NotConvertible("line " + line + ": " + path + ": not a number");
        }
        BigDecimal d = v.decimalValue();
        BigDecimal scaled;
        try {
            scaled = d.setScale(PopulationTable.SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            scaled = null;
        }
        if (scaled == null || scaled.precision() > PopulationTable.PRECISION) {
            throw new NotConvertible("line " + line + ": " + path + ": " + d.toPlainString() + " does not fit decimal(38,12)");
        }
        return scaled;
    }

    private static scala.collection.Map<String, String> labels(long line, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new NotConvertible("line " + line + ": labels: not an object");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        v.properties().forEach(e -> {
            if (!e.getValue().isTextual()) {
                throw new NotConvertible("line " + line + ": labels." + e.getKey() + ": not a string");
            }
            labels.put(e.getKey(), e.getValue().asText());
        });
        return scalaMap(labels);
    }

    private static scala.collection.Map<String, BigDecimal> paid(long line, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new NotConvertible("line " + line + ": paid: not an object");
        }
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        v.properties().forEach(e -> paid.put(e.getKey(), decimal(line, "paid." + e.getKey(), e.getValue())));
        return scalaMap(paid);
    }

    private static <V> scala.collection.Map<String, V> scalaMap(Map<String, V> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }
}
