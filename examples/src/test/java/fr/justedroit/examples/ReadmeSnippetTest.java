package fr.justedroit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippet ("Use it from Java"), extracted from README.md as printed, compiles against
 * the library's classpath and runs: a reader who pastes it gets a program that decides a household.
 */
class ReadmeSnippetTest {
    static final Path README = Path.of("..", "README.md");
    static final Path HOUSEHOLD = Path.of("households", "couple-2-enfants.json");

    static String snippet() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Use it from Java");
        assertThat(section).as("README section 'Use it from Java'").isPositive();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find(section)).as("a ```java block in 'Use it from Java'").isTrue();
        return m.group(1);
    }

    @Test
    void theSnippetCompilesAsPrintedAndDecidesTheExampleHousehold(@TempDir Path dir) throws Exception {
        String source = snippet();
        Matcher name = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)").matcher(source);
        assertThat(name.find()).as("the snippet is a whole class, imports included").isTrue();
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-classpath", classpath, "-d", dir.toString(), "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        String out = runMain(dir, name.group(1), HOUSEHOLD.toString());
        // examples/households/couple-2-enfants.json is decided for every benefit of the catalog, with sentences.
        assertThat(out).contains("rsa ", "prime_activite ", "  Le foyer compte 2 adulte", "\"benefit\" : \"rsa\"");
    }

    private static String runMain(Path classes, String className, String arg) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {arg});
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
