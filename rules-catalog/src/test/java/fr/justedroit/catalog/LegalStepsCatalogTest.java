package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.JusteDroit;
import fr.justedroit.scenario.ScenarioSuite;
import fr.justedroit.scenario.SuiteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule sets converted to the legal steps (docs/rule-authors.md) stay converted: every rule names a
 * step, none has a salience or an exclusion guard; and they decide the same in the executable model.
 */
class LegalStepsCatalogTest {
    static final Path CATALOG = Path.of("src/main/resources/justedroit/catalog");
    /** The rule sets written by the steps' conventions: all of the catalog. */
    static final List<String> CONVERTED = List.of("common/common.drl", "rsa/rsa.drl", "prime_activite/prime_activite.drl",
            "aah/aah.drl", "violence_aid/violence_aid.drl");

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

    static List<String> converted() {
        return CONVERTED;
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
