package fr.justedroit.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reform folders of a job, read on the driver and carried to the executors inside the job's
 * closure (a reform is a few small files: parameters, rule files), so an executor needs no shared
 * file system: it writes them back into a folder of its own once ({@link #folders}) and builds its
 * engine from there.
 */
final class ReformFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Per reform, in order: each file's path in the folder ('/'-separated) and its bytes. */
    private final List<Map<String, byte[]>> reforms;
    private final String digest;

    private ReformFiles(List<Map<String, byte[]>> reforms, String digest) {
        this.reforms = reforms;
        this.digest = digest;
    }

    /** Reads every file under each folder. */
    static ReformFiles read(List<Path> folders) throws IOException {
        List<Map<String, byte[]>> reforms = new ArrayList<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (Path folder : folders) {
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            sha.update(("reform " + reforms.size() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.forEach((name, bytes) -> {
                sha.update((name + "\n" + bytes.length + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            reforms.add(files);
        }
        return new ReformFiles(reforms, HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether there is a reform at all. */
    boolean any() {
        return !reforms.isEmpty();
    }

    /** Names these reforms' contents: two jobs with the same reform files share an executor's engines. */
    String digest() {
        return digest;
    }

    /** Writes the reforms into new folders under {@code parent}, in order. */
    List<Path> folders(Path parent) {
        List<Path> folders = new ArrayList<>();
        try {
            for (int i = 0; i < reforms.size(); i++) {
                Path folder = Files.createDirectories(parent.resolve("reform-" + i));
                for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(reforms.get(i)).entrySet()) {
                    Path file = folder.resolve(f.getKey()).normalize();
                    if (!file.startsWith(folder)) {
                        throw new IllegalStateException("a reform file outside its folder: " + f.getKey());
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.getValue());
                }
                folders.add(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders;
    }
}
