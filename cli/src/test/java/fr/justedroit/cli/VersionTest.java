package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionIsThePomsVersion() {
        // Surefire passes the pom's ${project.version} (cli/pom.xml): the expected value comes from the
        // build, not from the code under test.
        String pomVersion = System.getProperty("justedroit.pom.version");
        assertThat(pomVersion).as("set by surefire from the pom").isNotBlank().doesNotContain("${");

        Cli cli = Cli.run("--version");

        assertThat(cli.status()).isZero();
        assertThat(cli.out().strip()).isEqualTo("JusteDroit " + pomVersion);
    }
}
