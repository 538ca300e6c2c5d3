package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import fr.justedroit.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** Which Drools compiler turns DRL into a knowledge base. */
    public enum Mode {
        /** The classic DRL compiler (drools-mvel): faster to build, precise error lines. */
        CLASSIC,
        /** The executable model (drools-model-codegen): the form that can be pre-compiled. */
        EXECUTABLE_MODEL
    }

    private DrlCompiler() {
    }

    /** Compiles {@code drlByPath}; throws {@link RuleSetException} if any file does not compile. */
    public static KieBase compile(Map<String, String> drlByPath, Mode mode) {
        KieServices ks = KieServices.get();
        // A fresh release id per build: the default one is shared and concurrent builds would mix.
        ReleaseId releaseId = ks.newReleaseId("fr.justedroit.rulesets", "rs-" + UUID.randomUUID(), "1");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drlByPath.forEach((path, text) -> kfs.write(RESOURCES + path, text));
        KieBuilder builder = ks.newKieBuilder(kfs);
        Class<? extends KieBuilder.ProjectType> kind = mode == Mode.CLASSIC
                ? DrlProject.class
                : org.drools.model.codegen.ExecutableModelProject.class;
        builder.buildAll(kind);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(problems(errors));
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static List<LoadProblem> problems(List<Message> errors) {
        List<LoadProblem> problems = new ArrayList<>();
        for (Message m : errors) {
            String path = m.getPath() == null ? "(rule set)" : m.getPath();
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
                problems.add(new LoadProblem(String.valueOf(m.getPath()), Math.max(m.getLine(), 0), null, m.getText()));
            }
        }
        return problems;
    }
}
