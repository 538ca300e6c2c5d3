package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import fr.justedroit.RuleSetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files into a Drools knowledge base, or reports every compile error with its file,
 * line and Drools' message.
 */
public final class DrlCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile(
            "^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)", Pattern.MULTILINE);

    /** Which Drools compiler turns DRL into a knowledge base. */
    public enum Mode {
        /** The classic DRL compiler (drools-mvel): faster to build, precise error lines. */
        CLASSIC,
        /** The executable model (drools-model-codegen): the form that can be pre-compiled. */
        EXECUTABLE_MODEL
    }

    private DrlCompiler() {
    }

    /** The classes the executable model generated, by class-file path, and the model classes among them. */
    public record GeneratedModel(Map<String, byte[]> classes, List<String> modelClasses) {
    }

    /** Compiles {@code drlByPath}; throws {@link RuleSetException} if any file does not compile. */
    public static KieBase compile(Map<String, String> drlByPath, Mode mode) {
        KieServices ks = KieServices.get();
        // A fresh release id per build: the default one is shared and concurrent builds would mix.
        ReleaseId releaseId = ks.newReleaseId("fr.justedroit.rulesets", "rs-" + UUID.randomUUID(), "1");
        build(ks, releaseId, drlByPath, mode);
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * Compiles {@code drlByPath} with the executable model and returns the generated classes (for the
     * build step that bundles them, {@link RulePrecompiler}); throws {@link RuleSetException} on errors.
     */
    public static GeneratedModel generateExecutableModel(Map<String, String> drlByPath) {
        KieServices ks = KieServices.get();
        // A fixed release id: the generated class names derive from it, and the build is reproducible.
        ReleaseId releaseId = ks.newReleaseId("fr.justedroit.rulesets", "precompiled", "1");
        KieBuilder builder = build(ks, releaseId, drlByPath, Mode.EXECUTABLE_MODEL);
        org.drools.compiler.kie.builder.impl.InternalKieModule module =
                (org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule();
        if (module instanceof org.drools.modelcompiler.CanonicalKieModule canonical) {
            module = canonical.getInternalKieModule();
        }
        org.drools.compiler.compiler.io.memory.MemoryFileSystem files =
                ((org.drools.compiler.kie.builder.impl.MemoryKieModule) module).getMemoryFileSystem();
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        List<String> models = List.of();
        for (Map.Entry<org.drools.util.PortablePath, byte[]> f : files.getMap().entrySet()) {
            String path = f.getKey().asString();
            // The project model (org.drools.project.model) is only for kmodule.xml containers: not written.
            if (path.endsWith(".class") && !path.startsWith("org/drools/project/")) {
                classes.put(path, f.getValue());
            } else if (path.endsWith("/drools-model")) {
                models = RulePrecompiler.modelsOf(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        ks.getRepository().removeKieModule(releaseId);
        return new GeneratedModel(classes, models);
    }

    private static KieBuilder build(KieServices ks, ReleaseId releaseId, Map<String, String> drlByPath, Mode mode) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> sourcePaths = new HashMap<>();
        drlByPath.forEach((path, text) -> {
            String inBuild = buildPath(path, text);
            // Drools names a file with or without the resources folder, depending on the message.
            sourcePaths.put(inBuild, path);
            sourcePaths.put(inBuild.substring(RESOURCES.length()), path);
            kfs.write(inBuild, text);
        });
        KieBuilder builder = ks.newKieBuilder(kfs);
        Class<? extends KieBuilder.ProjectType> kind = mode == Mode.CLASSIC
                ? DrlProject.class
                : org.drools.model.codegen.ExecutableModelProject.class;
        builder.buildAll(kind);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(CompileErrors.of(problems(errors, sourcePaths), drlByPath));
        }
        return builder;
    }

    /**
     * Where a DRL file goes in the Drools build: in the folder of the package it declares
     * ({@code justedroit/catalog/rsa.rsa.drl} for {@code rsa/rsa.drl} in package {@code justedroit.catalog}),
     * so that Drools does not warn at every build that the folder and the package differ (all the
     * catalog's files share one package, by design). Errors are reported under the file's own path.
     */
    static String buildPath(String path, String drl) {
        Matcher m = PACKAGE.matcher(drl);
        if (!m.find()) {
            return RESOURCES + path;
        }
        return RESOURCES + m.group(1).replace('.', '/') + "/" + path.replace('/', '.');
    }

    private static List<LoadProblem> problems(List<Message> errors, Map<String, String> sourcePaths) {
        List<LoadProblem> problems = new ArrayList<>();
        for (Message m : errors) {
            String path = m.getPath() == null ? "(rule set)" : sourcePaths.getOrDefault(m.getPath(), m.getPath());
            if (path.startsWith(RESOURCES)) {
                path = path.substring(RESOURCES.length());
            }
            String text = m.getText() == null ? "" : m.getText().strip();
            // Drools adds this after any syntax error; the real error is reported on its own.
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            problems.add(new LoadProblem(path, Math.max(m.getLine(), 0), null, text));
        }
        if (problems.isEmpty()) {
            for (Message m : errors) {
                problems.add(new LoadProblem(sourcePaths.getOrDefault(m.getPath(), String.valueOf(m.getPath())),
                        Math.max(m.getLine(), 0), null, m.getText()));
            }
        }
        return problems;
    }
}
