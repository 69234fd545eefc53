package org.broadsheet.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code broadsheet build} as an unprivileged user, so that a folder with mode 000 is really
 * unreadable: in-process when the tests already run unprivileged, else (as root, in CI) in a child
 * JVM started as {@code nobody} through {@code setpriv}, on a copy of the class path it can read.
 */
final class UnprivilegedBuild {
    private static final String[] MAIN_JARS = {
        "/com/vladsch/",
        "/org/freemarker/",
        "/info/picocli/",
        "/org/snakeyaml/",
        "/com/fasterxml/",
        "/org/jsoup/",
        "/org/eclipse/jetty/",
        "/org/slf4j/",
        "/org/apache/commons/commons-csv/",
        "/commons-io/",
        "/commons-codec/"
    };

    private UnprivilegedBuild() {}

    static boolean root() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .strip()
                    .equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes {@code dir} and everything in it readable and writable by anyone (for the child as nobody). */
    static void openUp(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
    }

    static InlineSite.Run build(Path site, Path scratch) throws Exception {
        if (!root()) {
            return InlineSite.build(site);
        }
        List<String> command = new ArrayList<>(List.of(
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                classPath(scratch),
                Main.class.getName(),
                "build",
                "--source",
                site.toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the unprivileged build did not finish");
        }
        return new InlineSite.Run(
                p.exitValue(),
                Files.readString(scratch.resolve("out.txt")),
                Files.readString(scratch.resolve("err.txt")));
    }

    private static String classPath(Path scratch) throws IOException {
        Path jars = Files.createDirectories(scratch.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p) && p.endsWith("classes")) {
                entries.add(entry);
            } else if (entry.endsWith(".jar") && Stream.of(MAIN_JARS).anyMatch(entry::contains)) {
                Path copy = jars.resolve(p.getFileName());
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                entries.add(copy.toString());
            }
        }
        try {
            openUp(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(File.pathSeparator, entries);
    }
}
