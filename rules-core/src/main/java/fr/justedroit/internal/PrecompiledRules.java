package fr.justedroit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Rule sets compiled with Drools' executable model when the project was built ({@link RulePrecompiler}),
 * loaded without compiling anything: the knowledge base is assembled from the generated classes.
 *
 * <p>A classpath rule folder that was precompiled holds {@value #MANIFEST}: the model classes and the
 * SHA-256 of the DRL they were generated from. They are used only for exactly that DRL, so a reform,
 * a subset of the folders or a DRL edited since the build is compiled at run time instead.
 */
public final class PrecompiledRules {
    /** The file, inside a rule folder, that names its precompiled model. */
    public static final String MANIFEST = "executable-model.properties";
    static final String FINGERPRINT = "drl.sha256";
    static final String MODELS = "models";

    private PrecompiledRules() {
    }

    /**
     * The knowledge base of {@code drl} if {@code folder} on {@code loader}'s classpath holds a
     * precompiled model of exactly these files; empty otherwise.
     */
    public static Optional<KieBase> load(String folder, ClassLoader loader, Map<String, String> drl) {
        Properties manifest = new Properties();
        try (InputStream in = loader.getResourceAsStream(folder + "/" + MANIFEST)) {
            if (in == null) {
                return Optional.empty();
            }
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "/" + MANIFEST, e);
        }
        if (!fingerprint(drl).equals(manifest.getProperty(FINGERPRINT))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : manifest.getProperty(MODELS, "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                models.add((Model) Class.forName(name.strip(), true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                // A manifest without its classes (a partial copy of the jar): compile instead.
                return Optional.empty();
            }
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** The SHA-256 of the DRL files, paths and texts, in path order. */
    public static String fingerprint(Map<String, String> drl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : new TreeMap<>(drl).entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
