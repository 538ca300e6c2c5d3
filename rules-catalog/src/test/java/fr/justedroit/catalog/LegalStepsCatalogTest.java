package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.scenario.ScenarioSuite;
import fr.justedroit.scenario.SuiteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog's rule sets, all converted to the legal steps (docs/rule-authors.md), stay converted: every
 * rule names a step, none has a salience or an exclusion guard; and they decide the same in the executable
 * model.
 */
class LegalStepsCatalogTest {
    static final Path CATALOG = Path.of("src/main/resources/justedroit/catalog");
    /** The catalog's rule sets at the time every one was converted: a new one is checked too (see {@link #converted()}). */
    static final List<String> CONVERTED = List.of("aah/aah.drl", "common/common.drl", "prime_activite/prime_activite.drl",
            "rsa/rsa.drl", "violence_aid/violence_aid.drl");

    @ParameterizedTest
    @MethodSource("converted")
    void everyRuleNamesItsStepAndNoneHasASalienceOrAGuard(String file) throws IOException {
        String drl = Files.readString(CATALOG.resolve(file)).replaceAll("(?m)//.*$", "");
        assertThat(drl).doesNotContain("salience").doesNotContain("Exclusion()").doesNotContainPattern("not \\w+Exclusion");
        assertThat(count("(?m)^rule ", drl)).isPositive().isEqualTo(count("(?m)^\\s+ruleflow-group \"", drl));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa", "prime_activite", "aah"})
    void theConvertedRuleSetsDecideTheSameInTheExecutableModelCompiledAtRunTime(String benefit) {
        JusteDroit engine = JusteDroit.builder().catalog().only("common", benefit).executableModel(true).build();
        SuiteResult result = ScenarioSuite.run(engine, List.of(CATALOG.resolve(benefit)));
        assertThat(result.passed()).isGreaterThanOrEqualTo(30);
        assertThat(result.failed()).as(result.summary()).isZero();
    }

    /**
     * The AAH's steps, not the place of its rules in the file, order them: with its rules in the reverse
     * order, the AAH decides every scenario the same (the droit d'option and the MVA included).
     */
    @Test
    void theAahDecidesTheSameWithItsRulesInTheReverseOrder(@TempDir Path dir) throws IOException {
        for (String folder : List.of("common", "aah")) {
            try (Stream<Path> files = Files.walk(CATALOG.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(CATALOG.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        String drl = Files.readString(CATALOG.resolve("aah/aah.drl"));
        int first = drl.indexOf("\nrule \"") + 1;
        List<String> rules = new ArrayList<>(List.of(drl.substring(first).split("(?m)^(?=rule \")")));
        assertThat(rules).hasSize(count("(?m)^rule ", drl));
        Collections.reverse(rules);
        Files.writeString(dir.resolve("aah/aah.drl"), drl.substring(0, first) + String.join("", rules));

        JusteDroit engine = JusteDroit.builder().ruleSets(dir).build();
        SuiteResult result = ScenarioSuite.run(engine, List.of(CATALOG.resolve("aah")));
        assertThat(result.passed()).isGreaterThanOrEqualTo(60);
        assertThat(result.failed()).as(result.summary()).isZero();
    }

    @Test
    void everyRuleSetOfTheCatalogIsChecked() throws IOException {
        assertThat(converted()).containsAll(CONVERTED);
    }

    /** Every DRL file of the catalog: none is left on the old salience ordering. */
    static List<String> converted() throws IOException {
        try (Stream<Path> files = Files.walk(CATALOG)) {
            return files.filter(f -> f.toString().endsWith(".drl"))
                    .map(f -> CATALOG.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static int count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
