package fr.justedroit.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A population as a Parquet table: one row per household, the fields of a line of a population file
 * ({@code population.schema.json}) as columns, the request kept as the contract's JSON:
 *
 * <pre>
 * id      string                        required
 * weight  decimal(38,12)                null: 1 (any number type reads; a double as its shortest decimal)
 * labels  map&lt;string,string&gt;           null: no label
 * paid    map&lt;string,decimal(38,12)&gt;   null: what it is paid is not said
 * request string                        required: the request as JSON text
 * </pre>
 *
 * <p>A row is read by writing it back as a line of JSON Lines, which is then read, checked and decided
 * exactly as a line of a file: the same errors, by the same paths.
 */
final class PopulationTable {
    /** Weights and amounts: exact decimals, 12 places (the contract's amounts have 2). */
    static final int PRECISION = 38;
    static final int SCALE = 12;

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("weight", DataTypes.createDecimalType(PRECISION, SCALE), true),
        DataTypes.createStructField("labels", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true),
        DataTypes.createStructField("paid", DataTypes.createMapType(DataTypes.StringType, DataTypes.createDecimalType(PRECISION, SCALE), true), true),
        DataTypes.createStructField("request", DataTypes.StringType, true),
    });

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private PopulationTable() {
    }

    /** The row as a line of a population file; a column missing from the table counts as null. */
    static String jsonLine(Row row) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            Object id = field(row, "id");
            if (id != null) {
                g.writeFieldName("id");
                writeScalar(g, id);
            }
            Object weight = field(row, "weight");
            if (weight != null) {
                g.writeFieldName("weight");
                writeScalar(g, weight);
            }
            writeMap(g, "labels", field(row, "labels"));
            writeMap(g, "paid", field(row, "paid"));
            Object request = field(row, "request");
            if (request != null) {
                g.writeFieldName("request");
                g.writeRawValue(request.toString());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static Object field(Row row, String name) {
        int i;
        try {
            i = row.fieldIndex(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return row.isNullAt(i) ? null : row.get(i);
    }

    private static void writeMap(JsonGenerator g, String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(name);
        if (!(value instanceof scala.collection.Map<?, ?> map)) {
            writeScalar(g, value); // not a map: the reader says what is wrong
            return;
        }
        g.writeStartObject();
        scala.collection.Iterator<? extends scala.Tuple2<?, ?>> entries = map.iterator();
        while (entries.hasNext()) {
            scala.Tuple2<?, ?> e = entries.next();
            g.writeFieldName(String.valueOf(e._1()));
            writeScalar(g, e._2());
        }
        g.writeEndObject();
    }

    private static void writeScalar(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Double d) {
            g.writeNumber(BigDecimal.valueOf(d));
        } else if (v instanceof Float f) {
            g.writeNumber(new BigDecimal(Float.toString(f)));
        } else if (v instanceof Number n) {
            g.writeNumber(new BigDecimal(n.toString()));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(v.toString());
        }
    }
}
