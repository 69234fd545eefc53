package org.broadsheet.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
         * throws, with such a message, when nothing was committed. {@code pagesWritten} is to be run
         * as soon as the rebuilt pages are on disk, so the open pages reload while the rest (the
         * search index) is still being made; if it is never run, they reload at the end.
         */
        List<String> run(Set<Path> changed, Runnable pagesWritten) throws Exception;
    }

    private final DevServer server;
    private final Rebuild rebuild;
    private final PrintWriter log;

    public RebuildLoop(DevServer server, Rebuild rebuild, PrintWriter log) {
        this.server = server;
        this.rebuild = rebuild;
        this.log = log;
    }

    /** Rebuilds, one build at a time (the first build and the watcher's may overlap otherwise). */
    @Override
    public synchronized void accept(Set<Path> changed) {
        long start = System.nanoTime();
        AtomicLong pagesAt = new AtomicLong(-1);
        Runnable pagesWritten = () -> {
            if (pagesAt.compareAndSet(-1, System.nanoTime() - start)) {
                server.reload();
            }
        };
        List<String> problems;
        try {
            problems = rebuild.run(changed, pagesWritten);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // whatever one build throws, the next edit rebuilds: the watcher thread must not die
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
            log.println("error: " + message + " (the last good build is still served)");
            log.flush();
            server.showError(message);
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long pagesMillis = TimeUnit.NANOSECONDS.toMillis(pagesAt.get());
        log.println((changed.isEmpty() ? "built" : "rebuilt after changes to " + describe(changed))
                + " in " + millis + " ms" + (pagesAt.get() < 0 ? "" : " (pages on disk after " + pagesMillis + " ms)")
                + "; pages reloaded");
        problems.forEach(problem -> log.println("error: " + problem));
        log.flush();
        if (pagesAt.get() < 0) {
            server.reload();
        }
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
