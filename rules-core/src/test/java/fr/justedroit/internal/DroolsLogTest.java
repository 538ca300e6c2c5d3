package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an embedder sees in Drools' logs at an engine build, with {@code org.drools} at INFO (as in an
 * application whose logging backend is left at its defaults): nothing the project's own layout causes.
 * Runs in a JVM of its own, since SLF4J reads its levels once per JVM.
 */
class DroolsLogTest {

    @Test
    void noFolderAndPackageMismatchWarningAtBuild() throws IOException, InterruptedException {
        // toy/toy.drl declares package justedroit.test: a folder that is not its package, like the catalog's.
        Path toy = Path.of("src/test/resources/rulesets");
        String log = buildInOwnJvm(toy);

        assertThat(log).as("Drools' log is visible (the check below could fail)").contains("KieBase");
        assertThat(log).contains("built").doesNotContain("declares package", "correspondance between package and folder");
    }

    private static String buildInOwnJvm(Path ruleSets) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.drools=info",
                "-Dorg.slf4j.simpleLogger.log.org.kie=info",
                "-Dorg.slf4j.simpleLogger.logFile=System.out",
                DroolsLogProbe.class.getName(), ruleSets.toString()))
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String log = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(log).isZero();
        return log;
    }
}
