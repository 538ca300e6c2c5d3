package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import fr.justedroit.RuleSetException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build step that compiles a rule folder with Drools' executable model and writes the generated
 * classes next to it, with the {@link PrecompiledRules#MANIFEST} that lets {@link PrecompiledRules}
 * load them without compiling (run by {@code rules-catalog}'s build, after its resources are copied).
 *
 * <p>Usage: {@code RulePrecompiler <classes folder> <rule folder inside it>}. A rule set that does not
 * compile fails the build with each file, line and message.
 */
public final class RulePrecompiler {
    private RulePrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RulePrecompiler <classes folder> <rule folder inside it>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        String folder = args[1];
        deletePreviousModel(classes.resolve(folder));
        Map<String, String> drl = RuleSource.fromDirectory(classes.resolve(folder)).drl();
        DrlCompiler.GeneratedModel model;
        try {
            model = DrlCompiler.generateExecutableModel(drl);
        } catch (RuleSetException e) {
            System.err.println("the rule sets under " + folder + " do not compile with the executable model:");
            for (LoadProblem p : e.problems()) {
                System.err.println("  " + p);
            }
            System.exit(1);
            return;
        }
        for (Map.Entry<String, byte[]> c : model.classes().entrySet()) {
            Path target = classes.resolve(c.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, c.getValue());
        }
        try (Writer out = Files.newBufferedWriter(classes.resolve(folder).resolve(PrecompiledRules.MANIFEST),
                StandardCharsets.UTF_8)) {
            out.write("# Written by the build (RulePrecompiler): the executable model of the DRL of this folder.\n");
            out.write(PrecompiledRules.FINGERPRINT + "=" + PrecompiledRules.fingerprint(drl) + "\n");
            out.write(PrecompiledRules.MODELS + "=" + String.join(",", model.modelClasses()) + "\n");
        }
        System.out.println("executable model of " + drl.size() + " DRL files under " + folder + ": "
                + model.classes().size() + " classes");
    }

    /**
     * Deletes the classes an earlier build generated for this folder: this JVM's classpath holds the
     * classes folder, and a stale generated class (a declared type with the fields it had before) would
     * otherwise be compiled against instead of the new one. No hand-written class lives in a DRL package.
     */
    private static void deletePreviousModel(Path ruleFolder) throws IOException {
        if (!Files.isDirectory(ruleFolder)) {
            return;
        }
        try (var files = Files.walk(ruleFolder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Files.delete(f);
            }
        }
    }

    static List<String> modelsOf(String droolsModelFile) {
        return droolsModelFile.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
    }
}
