package fr.justedroit.spark;

import fr.justedroit.examples.population.HouseholdOutcome;
import fr.justedroit.examples.population.WeightedSums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code decisions.parquet}: what every household decided is paid, one row per household and benefit
 * decided (a benefit the household is not due has its row, with 0):
 *
 * <pre>
 * line               long            the line of the input (1-based; in a Parquet input, the row's position as read)
 * id                 string          the household's id
 * weight             decimal(38,12)  how many households it stands for
 * benefit            string          rsa, prime_activite, aah, violence_aid...
 * amount             decimal(38,12)  euros a month under the law in force (the sum over its beneficiaries)
 * recipients         int             how many of its members (or the household: 1) are paid it
 * reform_amount      decimal(38,12)  the same under the reform; null without a reform
 * reform_recipients  int             the same under the reform; null without a reform
 * </pre>
 */
final class DecisionsTable {
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("weight", decimal(), false),
        DataTypes.createStructField("benefit", DataTypes.StringType, false),
        DataTypes.createStructField("amount", decimal(), false),
        DataTypes.createStructField("recipients", DataTypes.IntegerType, false),
        DataTypes.createStructField("reform_amount", decimal(), true),
        DataTypes.createStructField("reform_recipients", DataTypes.IntegerType, true),
    });

    private DecisionsTable() {
    }

    private static org.apache.spark.sql.types.DecimalType decimal() {
        return DataTypes.createDecimalType(PopulationTable.PRECISION, PopulationTable.SCALE);
    }

    /** The rows of one decided household. */
    static Iterator<Row> rows(HouseholdOutcome o) {
        Set<String> benefits = new TreeSet<>(o.law().keySet());
        if (o.reform() != null) {
            benefits.addAll(o.reform().keySet());
        }
        List<Row> rows = new ArrayList<>(benefits.size());
        for (String b : benefits) {
            WeightedSums.Paid law = o.law().getOrDefault(b, WeightedSums.Paid.NOTHING);
            WeightedSums.Paid reform = o.reform() == null ? null : o.reform().getOrDefault(b, WeightedSums.Paid.NOTHING);
            rows.add(RowFactory.create(o.line(), o.id(), scaled(o.household().weight()), b, scaled(law.amount()), law.recipients(),
                    reform == null ? null : scaled(reform.amount()), reform == null ? null : reform.recipients()));
        }
        return rows.iterator();
    }

    /** To the column's 12 places (the amounts have 2; only a weight given with more is rounded, here only). */
    private static BigDecimal scaled(BigDecimal d) {
        return d.setScale(PopulationTable.SCALE, RoundingMode.HALF_EVEN);
    }
}
