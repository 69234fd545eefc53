package org.broadsheet.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM settings of the batch commands. {@code build} and {@code extract} run for seconds to minutes
 * and are done: on a small machine the optimising JIT compiler costs more than it saves there
 * (te3_aquaint x50: 0.85 ms per article with the quick compiler only, 1.2 ms with both; a cold build of
 * 2,000 news articles on 2 cores took half the CPU), and the default collector grew the heap to 1.4 GB at
 * 2,000 articles where 0.36 GB serve, so build uses the serial collector with a small young generation and
 * a heap kept close to what is live (no maximum: a larger archive still gets what it needs).
 *
 * <p>A jar started with no JVM options of its own ({@code java -jar broadsheet.jar build}, which is also
 * what {@code ./broadsheet} does) starts itself again with these, so every way of running gives the same
 * build. The second JVM also maps a class-data archive of the program's classes, made beside the jar by
 * the first run that lacks one (for this Java version), which saves most of the start-up's class loading.
 * Any JVM option given ({@code java -Xmx8g -jar ...}), {@code BROADSHEET_JAVA_OPTS} in the launcher, or
 * {@code -Dbroadsheet.relaunch=false} keeps the JVM as it was started.
 */
final class BatchJvm {
    static final List<String> BUILD = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xmn256m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20");
    static final List<String> EXTRACT = List.of("-XX:TieredStopAtLevel=1");
    /** The class-data archive's messages (a stale one is ignored, and made again) are not the user's business. */
    private static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /**
     * The second JVM's command line; {@code dump} is where it writes a new class-data archive, renamed to
     * {@code archive} once it has finished well, or null when it uses an existing one.
     */
    record Relaunch(List<String> command, Path dump, Path archive) {}

    private BatchJvm() {}

    /**
     * How to run {@code args} again in a JVM with the batch settings, or empty to go on in this one: when
     * the command is not a batch one, options were given, or this is not a jar started bare.
     */
    static Optional<Relaunch> relaunch(
            String[] args,
            List<String> jvmOptions,
            String classPath,
            String javaHome,
            String javaVersion,
            Map<String, String> env) {
        List<String> options = optionsFor(args);
        if (options.isEmpty()
                || !jvmOptions.isEmpty()
                || env.containsKey("BROADSHEET_JAVA_OPTS")
                || classPath == null
                || !classPath.endsWith(".jar")
                || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(
                jar.getFileName() + "-java" + javaVersion.replaceAll("[^0-9A-Za-z.+-]", "_") + ".jsa");
        List<String> command = new ArrayList<>();
        command.add(javaHome + File.separator + "bin" + File.separator + "java");
        command.addAll(options);
        Path dump = null;
        if (fresh(archive, jar)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.addAll(QUIET_CDS);
        } else if (Files.isWritable(jar.getParent())) {
            dump = archive.resolveSibling(
                    archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + dump);
            command.addAll(QUIET_CDS);
        }
        command.add("-Dbroadsheet.relaunch=false");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(new Relaunch(command, dump, archive));
    }

    /** The JVM options of the command {@code args} runs, or none when it is not a batch command. */
    static List<String> optionsFor(String[] args) {
        return args.length == 0
                ? List.of()
                : switch (args[0]) {
                    case "build" -> BUILD;
                    case "extract" -> EXTRACT;
                    default -> List.of();
                };
    }

    private static boolean fresh(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the second JVM with this process's input and output, and returns its exit status (-1: not started). */
    static int run(Relaunch relaunch) {
        Process child;
        try {
            child = new ProcessBuilder(relaunch.command()).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            // Ctrl-C reaches the whole process group; a TERM sent to this process alone is passed on
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        keepArchive(relaunch);
        return status;
    }

    /** A class-data archive the second JVM wrote takes its place in one rename; a half-written one never does. */
    private static void keepArchive(Relaunch relaunch) {
        if (relaunch.dump() == null) {
            return;
        }
        try {
            if (Files.isRegularFile(relaunch.dump())) {
                Files.move(
                        relaunch.dump(),
                        relaunch.archive(),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // only a start-up cost: the next run makes it again
        } finally {
            try {
                Files.deleteIfExists(relaunch.dump());
            } catch (IOException e) {
                // as above
            }
        }
    }
}
