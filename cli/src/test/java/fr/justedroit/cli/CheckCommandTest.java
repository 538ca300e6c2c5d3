package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** justedroit check on rule sets with a planted problem. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPlantedGapInAParameterTimelineIsNamedAndExitsWithStatusOne() {
        Path rules = DemoRules.write(dir);
        DemoRules.write(dir.resolve("demo/parameters.yaml"), DemoRules.PARAMETERS.replace("since: 2020-01-01", "since: 2024-01-01"));

        Cli run = Cli.run("check", "--rules", rules.toString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(Main.FAILED);
        assertThat(run.out()).contains("parameter gap: demo/parameters.yaml [demo.montant]: no value from 2023-01-01 to 2023-12-31");
        assertThat(run.lastLine()).isEqualTo("1 problem");
    }

    @Test
    void aCleanRuleSetExitsWithStatusZero() {
        Cli run = Cli.run("check", "--rules", DemoRules.write(dir).toString(), "--from", "2024-01", "--to", "2024-12");

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(Main.OK);
        assertThat(run.lastLine()).isEqualTo("No problem: 2 rules and 2 parameters checked.");
    }

    @Test
    void aDrlSyntaxErrorExitsWithStatusThree() {
        Path rules = DemoRules.write(dir);
        DemoRules.write(dir.resolve("demo/broken.drl"), "package justedroit.catalog;\nrule \"demo.x\" when DecisionMonth( then end\n");

        Cli run = Cli.run("check", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(Main.RULES_BROKEN);
        assertThat(run.out()).contains("load error: demo/broken.drl");
    }
}
