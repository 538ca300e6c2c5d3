package fr.justedroit.internal;

import fr.justedroit.LoadProblem;
import fr.justedroit.RuleSetException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Reads every rule-set file under {@code dir}.
     *
     * @throws RuleSetException if the folder is missing or holds no rule-set file, if a file is not
     *     UTF-8 text, or if a YAML file outside {@code scenarios/} is not named {@code parameters*.yaml}
     */
    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(new LoadProblem(dir.toString(), 0, null,
                    Files.exists(dir) ? "not a folder: a rule set is a folder of .drl, parameters*.yaml and messages_*.properties files"
                            : "no such rule-set folder")));
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> params = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.endsWith(".drl")) {
                    text(f, rel, problems).ifPresent(t -> drl.put(rel, t));
                } else if (name.startsWith("parameters") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    text(f, rel, problems).ifPresent(t -> params.put(rel, t));
                } else if (name.matches("messages_[a-z]{2}\\.properties") || name.equals(LegalTexts.FILE_NAME)) {
                    text(f, rel, problems).ifPresent(t -> messages.put(rel, t));
                } else if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !("/" + rel).contains("/scenarios/")) {
                    // A parameter file under another name would be ignored without a word.
                    problems.add(new LoadProblem(rel, 0, null,
                            "not read: parameter files are named parameters*.yaml, scenarios go in a scenarios/ folder"));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(new LoadProblem(dir.toString(), 0, null, "cannot list the folder ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")")));
        }
        if (problems.isEmpty() && drl.isEmpty() && params.isEmpty() && messages.isEmpty()) {
            problems.add(new LoadProblem(dir.toString(), 0, null,
                    "no rule-set file here (*.drl, parameters*.yaml, messages_*.properties)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSource(dir.toString(), drl, params, messages);
    }

    /** The file as UTF-8 text; a problem at the first line that is not UTF-8 otherwise. */
    private static java.util.Optional<String> text(Path file, String rel, List<LoadProblem> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        try {
            String text = utf8.decode(in).toString();
            return java.util.Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (java.nio.charset.CharacterCodingException e) {
            int at = firstMalformedByte(bytes);
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new LoadProblem(rel, line, null, String.format(
                    "not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[at] & 0xFF)));
            return java.util.Optional.empty();
        }
    }

    private static int firstMalformedByte(byte[] bytes) {
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = utf8.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    /**
     * Reads every rule-set file under a classpath folder, whether the classes are a folder or a jar.
     */
    public static RuleSource fromClasspath(String folder, ClassLoader loader) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new RuleSetException(List.of(new LoadProblem("classpath:" + folder, 0, null, "no such rule-set folder on the classpath")));
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
            throw new RuleSetException(List.of(new LoadProblem("classpath:" + folder, 0, null, "cannot read the rule sets at " + url)));
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
