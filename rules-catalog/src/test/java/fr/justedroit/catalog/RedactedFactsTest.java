package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.ParameterValue;
import fr.justedroit.catalog.common.CollectRedacted;
import fr.justedroit.catalog.common.CountRedacted;
import fr.justedroit.catalog.common.RedactedList;
import fr.justedroit.catalog.common.RedactedCount;
import fr.justedroit.rules.Redacted;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts the catalog's rules build (the records of {@code fr.justedroit.catalog.*}) and the results of
 * their accumulates print no value: Drools prints every fact it inserts and matches at TRACE, through its
 * {@code toString}. Each record of the catalog's packages is built with distinctive values, none of which
 * may appear in its text form. The command line's {@code NoSensitiveDataInLogsTest} checks the log itself.
 */
class RedactedFactsTest {
    private static final String ID = "id-q8w3z";
    private static final BigDecimal AMOUNT = new BigDecimal("4321.09");
    private static final YearMonth MONTH = YearMonth.of(2031, 7);
    private static final LocalDate DATE = LocalDate.of(2031, 7, 19);
    private static final int NUMBER = 4242;
    private static final ParameterValue PARAMETER = new ParameterValue("probe.parameter", new BigDecimal("0.6543"), DATE, "Probe art. 1");

    @Test
    void everyRecordOfTheCatalogWithholdsItsValues() throws Exception {
        List<Class<?>> records = catalogRecords();
        assertThat(records).as("the records of the catalog (else this test would check nothing)")
                .extracting(Class::getName)
                .contains("fr.justedroit.catalog.aah.AahTauxIncapacite", "fr.justedroit.catalog.violenceaid.ViolenceAidResources",
                        "fr.justedroit.catalog.primeactivite.PrimeActiviteBonification", "fr.justedroit.catalog.rsa.RsaRessources",
                        "fr.justedroit.catalog.common.ReferenceMonth");
        List<String> leaks = new ArrayList<>();
        for (Class<?> record : records) {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            Object[] values = Stream.of(types).map(RedactedFactsTest::distinctive).toArray();
            String text = canonical.newInstance(values).toString();
            // The type's name and the note, nothing else: not even a rank, a count or a flag.
            if (!text.equals(record.getSimpleName() + "[" + Redacted.NOTE + "]")) {
                leaks.add(text);
            }
            for (Object value : values) {
                if (!(value instanceof Boolean) && text.contains(String.valueOf(value))) {
                    leaks.add(record.getSimpleName() + " prints " + value + ": " + text);
                }
            }
        }
        assertThat(leaks).as("text forms of the catalog's records").isEmpty();
    }

    @Test
    void theAccumulatesOfTheCatalogGiveResultsThatWithholdTheirValues() throws Exception {
        CollectRedacted collect = new CollectRedacted();
        CollectRedacted.Values values = collect.createContext();
        collect.init(values);
        collect.accumulate(values, AMOUNT);
        collect.accumulate(values, DATE);
        collect.accumulate(values, AMOUNT);
        collect.reverse(values, AMOUNT);
        Object list = collect.getResult(values);
        assertThat(list).isInstanceOf(RedactedList.class).isEqualTo(List.of(DATE, AMOUNT));
        assertThat(list.toString()).isEqualTo("RedactedList[" + Redacted.NOTE + "]");
        assertThat(collect.getResultType()).isEqualTo(RedactedList.class);

        CountRedacted count = new CountRedacted();
        CountRedacted.Tally tally = count.createContext();
        count.init(tally);
        for (int i = 0; i < NUMBER; i++) {
            count.accumulate(tally, ID);
        }
        count.reverse(tally, ID);
        RedactedCount counted = (RedactedCount) count.getResult(tally);
        assertThat(counted.intValue()).isEqualTo(NUMBER - 1);
        assertThat(counted.toString()).isEqualTo("RedactedCount[" + Redacted.NOTE + "]");
        assertThat(count.getResultType()).isEqualTo(RedactedCount.class);
    }

    /** Every record under fr/justedroit/catalog of the module's classes. */
    private static List<Class<?>> catalogRecords() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
        Path root = Path.of(RedactedList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("fr/justedroit/catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static Object distinctive(Class<?> type) {
        if (type == String.class) {
            return ID;
        } else if (type == BigDecimal.class) {
            return AMOUNT;
        } else if (type == YearMonth.class) {
            return MONTH;
        } else if (type == LocalDate.class) {
            return DATE;
        } else if (type == int.class) {
            return NUMBER;
        } else if (type == boolean.class) {
            return true;
        } else if (type == ParameterValue.class) {
            return PARAMETER;
        } else if (type == Map.class) {
            return Map.of("probe", AMOUNT);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        }
        throw new AssertionError("no distinctive value for " + type + ": add one");
    }
}
