package fr.justedroit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one or more rule sets, read into memory: DRL rules, YAML parameters and message
 * bundles, keyed by their path relative to the root ({@code rsa/rsa.drl}).
 *
 * <p>Files are recognised by name: {@code *.drl}; {@code parameters*.yaml}; {@code messages_fr.properties}
 * and {@code messages_en.properties}, with the table of legal texts ({@code legal_texts.yaml}) among
 * the message files. Anything else (scenarios, notes) is ignored.
 */
public record RuleSource(String root, Map<String, String> drl, Map<String, String> parameters,
        Map<String, String> messages) {

    public RuleSource {
        drl = Collections.unmodifiableMap(new TreeMap<>(drl));
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        messages = Collections.unmodifiableMap(new TreeMap<>(messages));
    }

    /** Reads every rule-set file under {@code dir}. */
    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("no rule-set folder at " + dir));
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> params = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.endsWith(".drl")) {
                    drl.put(rel, Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.startsWith("parameters") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    params.put(rel, Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.matches("messages_[a-z]{2}\\.properties") || name.equals(LegalTexts.FILE_NAME)) {
                    messages.put(rel, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule sets under " + dir, e);
        }
        return new RuleSource(dir.toString(), drl, params, messages);
    }

    /**
     * Reads every rule-set file under a classpath folder, whether the classes are a folder or a jar.
     */
    public static RuleSource fromClasspath(String folder, ClassLoader loader) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new UncheckedIOException(new IOException("no rule-set folder '" + folder + "' on the classpath"));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    String inside = uri.getSchemeSpecificPart();
                    inside = inside.substring(inside.indexOf("!/") + 1);
                    RuleSource s = fromDirectory(fs.getPath(inside));
                    return new RuleSource("classpath:" + folder, s.drl(), s.parameters(), s.messages());
                }
            }
            RuleSource s = fromDirectory(Path.of(uri));
            return new RuleSource("classpath:" + folder, s.drl(), s.parameters(), s.messages());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the rule sets at " + url, e));
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another loader has it open; read through a fresh one on the jar file itself.
            String jar = uri.getSchemeSpecificPart();
            return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
        }
    }

    /** These files together with {@code other}'s; a file of {@code other} replaces one of the same path. */
    public RuleSource plus(RuleSource other) {
        Map<String, String> d = new TreeMap<>(drl);
        d.putAll(other.drl);
        Map<String, String> p = new TreeMap<>(parameters);
        p.putAll(other.parameters);
        Map<String, String> m = new TreeMap<>(messages);
        m.putAll(other.messages);
        return new RuleSource(root + " + " + other.root, d, p, m);
    }

    /** These files without those outside the named top-level folders. */
    public RuleSource onlyFolders(java.util.Set<String> folders) {
        java.util.function.Predicate<String> kept = path -> folders.contains(path.contains("/") ? path.substring(0, path.indexOf('/')) : "");
        return new RuleSource(root + " " + folders, filter(drl, kept), filter(parameters, kept), filter(messages, kept));
    }

    private static Map<String, String> filter(Map<String, String> files, java.util.function.Predicate<String> kept) {
        Map<String, String> result = new TreeMap<>();
        files.forEach((path, text) -> {
            if (kept.test(path)) {
                result.put(path, text);
            }
        });
        return result;
    }

    /** The rule-set folders that hold DRL, in order. */
    public List<String> ruleSetNames() {
        return drl.keySet().stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : "").distinct().toList();
    }
}
