package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.scenario.Expectation;
import fr.justedroit.scenario.Scenario;
import fr.justedroit.scenario.ScenarioFiles;
import fr.justedroit.scenario.ScenarioOutcome;
import fr.justedroit.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scenario examples of the README are valid scenario files and pass: the README shows nothing
 * that does not run.
 */
class DocExamplesTest {
    static final Path DOC = Path.of("../README.md");

    @Test
    void theReadmeScenarioExamplesParseAndPass() throws IOException {
        List<String> blocks = yamlBlocks(Files.readString(DOC));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
        ScenarioRunner runner = new ScenarioRunner(CatalogEngine.get());
        int run = 0;
        for (int i = 0; i < blocks.size(); i++) {
            List<Scenario> scenarios = ScenarioFiles.parse(DOC + " block " + (i + 1), blocks.get(i));
            for (Scenario s : scenarios) {
                ScenarioOutcome o = runner.run(s);
                assertThat(o.response()).as(s.id()).isNotNull();
                List<String> failures = new ArrayList<>();
                for (Expectation e : s.expectations()) {
                    run++;
                    String who = e.benefit() + " / " + e.beneficiary() + ":";
                    o.failures().stream().filter(f -> f.startsWith(who)).forEach(failures::add);
                }
                assertThat(failures).as(s.id()).isEmpty();
            }
        }
        assertThat(run).as("expectations checked").isGreaterThanOrEqualTo(8);
    }

    /** The ```yaml blocks that hold scenarios, except the schematic one (with "..."). */
    static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(markdown);
        while (m.find()) {
            String block = m.group(1);
            if (block.contains("scenarios:") && !block.contains("...")) {
                blocks.add(block);
            }
        }
        return blocks;
    }
}
