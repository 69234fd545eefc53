package org.broadsheet.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What {@code serve} does with each batch of changed sources, as the {@link SiteWatcher}'s listener
 * (and, called with no changes, for the first build):
 * rebuild, then reload the open pages. Problems of a build that still committed (a bad article is
 * skipped, the rest is built) are shown over the reloaded pages; a build that failed outright shows
 * its message over the pages as they are, since the builder left the last good site in place.
 */
public final class RebuildLoop implements Consumer<Set<Path>> {
    /** The incremental rebuild. */
    @FunctionalInterface
    public interface Rebuild {
        /**
         * Rebuilds what the changed paths affect. Returns the problems to show, each naming its file
         * and line ({@code content/a.md:3: front matter is not closed}), empty for a clean build;
         * throws, with such a message, when nothing was committed.
         */
        List<String> run(Set<Path> changed) throws Exception;
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
        List<String> problems;
        try {
            problems = rebuild.run(changed);
        } catch (Exception e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
            log.println("error: " + message + " (the last good build is still served)");
            log.flush();
            server.showError(message);
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.println((changed.isEmpty() ? "built" : "rebuilt after changes to " + describe(changed))
                + " in " + millis + " ms; pages reloaded");
        problems.forEach(problem -> log.println("error: " + problem));
        log.flush();
        server.reload();
        if (!problems.isEmpty()) {
            server.showError(String.join("\n", problems));
        }
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
