package org.broadsheet.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What {@code serve} does with each batch of changed sources, as the {@link SiteWatcher}'s listener:
 * rebuild, then reload the open pages; or, when the rebuild fails, show its message over them. The
 * builder writes atomically, so after a failure the last good site is still what is served.
 */
public final class RebuildLoop implements Consumer<Set<Path>> {
    /** The incremental rebuild. A failure's message names the file and line, e.g. {@code content/a.md:3: ...}. */
    @FunctionalInterface
    public interface Rebuild {
        void run(Set<Path> changed) throws Exception;
    }

    private final DevServer server;
    private final Rebuild rebuild;
    private final PrintWriter log;

    public RebuildLoop(DevServer server, Rebuild rebuild, PrintWriter log) {
        this.server = server;
        this.rebuild = rebuild;
        this.log = log;
    }

    @Override
    public void accept(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            rebuild.run(changed);
        } catch (Exception e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
            server.showError(message);
            log.println("error: " + message + " (the last good build is still served)");
            log.flush();
            return;
        }
        server.reload();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.println("rebuilt after changes to " + describe(changed) + " in " + millis + " ms; pages reloaded");
        log.flush();
    }

    private static String describe(Set<Path> changed) {
        if (changed.size() != 1) {
            return changed.size() + " files";
        }
        Path path = changed.iterator().next();
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
