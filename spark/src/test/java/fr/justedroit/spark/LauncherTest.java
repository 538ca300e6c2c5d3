package fr.justedroit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** spark/bin/justedroit-spark gives Spark the JVM options the tests run with (spark.add-opens in the pom). */
class LauncherTest {
    @Test
    void theLauncherOpensWhatThePomOpens() throws Exception {
        Matcher pom = Pattern.compile("<spark.add-opens>([^<]+)</spark.add-opens>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        String launcher = Files.readString(Path.of("bin", "justedroit-spark"));
        Matcher opens = Pattern.compile("(?m)^opens=\"([^\"]+)\"$").matcher(launcher);
        assertThat(opens.find()).as("the launcher's opens=\"...\" line").isTrue();
        List<String> expected = Arrays.asList(pom.group(1).trim().split("\\s+"));
        assertThat(expected).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        assertThat(Arrays.asList(opens.group(1).trim().split("\\s+"))).containsExactlyElementsOf(expected);
        assertThat(launcher).contains("$opens").contains("fr.justedroit.spark.SimulateJob").contains("local[*]");
    }

    @Test
    void theFormatFollowsTheInputsNameUnlessGiven() throws Exception {
        assertThat(JobOptions.parse("--input", "p.parquet").format()).isEqualTo(JobOptions.Format.PARQUET);
        assertThat(JobOptions.parse("--input", "hdfs://n/p.parquet/").format()).isEqualTo(JobOptions.Format.PARQUET);
        assertThat(JobOptions.parse("--input", "p.jsonl").format()).isEqualTo(JobOptions.Format.JSONL);
        assertThat(JobOptions.parse("--input", "p.data", "--format", "parquet").format()).isEqualTo(JobOptions.Format.PARQUET);
        assertThat(JobOptions.parse("--input", "p", "--reform", "a", "--reform", "b").reforms()).containsExactly(Path.of("a"), Path.of("b"));
    }
}
