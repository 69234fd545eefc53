package org.broadsheet.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM settings of the batch commands, for a jar started bare ({@code java -jar broadsheet.jar build}).
 * {@code build} and {@code extract} run for seconds to minutes and are done: on a small machine the
 * optimising JIT compiler costs more than it saves there, and the default collector grows the heap far past
 * what is live (the launcher's comment has the figures). The {@code ./broadsheet} launcher passes these
 * options itself; a jar started with none of its own starts itself again with them, so the two ways of
 * running give the same build. Any JVM option given ({@code java -Xmx8g -jar ...}), the launcher's
 * {@code BROADSHEET_JAVA_OPTS}, or {@code -Dbroadsheet.relaunch=false} keeps the JVM as it was started.
 */
final class BatchJvm {
    static final List<String> BUILD = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xmn256m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20");
    static final List<String> EXTRACT = List.of("-XX:TieredStopAtLevel=1");

    private BatchJvm() {}

    /**
     * The command that runs {@code args} again in a JVM with the batch settings, or empty to go on in this
     * one: when the command is not a batch one, options were given, or this is not a jar started bare.
     */
    static Optional<List<String>> relaunch(
            String[] args, List<String> jvmOptions, String classPath, String javaHome, Map<String, String> env) {
        List<String> options = args.length == 0
                ? List.of()
                : switch (args[0]) {
                    case "build" -> BUILD;
                    case "extract" -> EXTRACT;
                    default -> List.of();
                };
        if (options.isEmpty()
                || !jvmOptions.isEmpty()
                || env.containsKey("BROADSHEET_JAVA_OPTS")
                || classPath == null
                || !classPath.endsWith(".jar")
                || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome + File.separator + "bin" + File.separator + "java");
        command.addAll(options);
        command.add("-Dbroadsheet.relaunch=false");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs the command with this process's input and output, and returns its exit status. */
    static int run(List<String> command) {
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
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
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return status;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
