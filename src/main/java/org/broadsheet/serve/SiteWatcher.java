package org.broadsheet.serve;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the sources of a site (folders recursively, single files such as {@code site.yaml}) and
 * reports what changed. Changes are collected until nothing has happened for a quiet period
 * (~100 ms), so saving a file, or an editor's write-rename-delete dance, gives one call with every
 * path touched. The listener is called from one thread, never concurrently.
 * <p>
 * Folders created later are watched as they appear, and their files reported. Editor temporary
 * files are ignored. Symbolic links to folders are followed, but each real folder is watched once,
 * so a link loop ends. When the platform drops events (overflow), the roots themselves are
 * reported: the caller should rebuild everything.
 */
public final class SiteWatcher implements AutoCloseable {
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(100);
    private static final System.Logger LOG = System.getLogger(SiteWatcher.class.getName());

    private final List<Path> roots;
    private final Duration quietPeriod;
    private final Consumer<Set<Path>> listener;
    private final WatchService service;
    private final WatchedTrees trees;
    private final Thread thread;

    public SiteWatcher(List<Path> roots, Consumer<Set<Path>> listener) throws IOException {
        this(roots, DEFAULT_QUIET_PERIOD, listener);
    }

    public SiteWatcher(List<Path> roots, Duration quietPeriod, Consumer<Set<Path>> listener) throws IOException {
        this.roots =
                roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.quietPeriod = quietPeriod;
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        this.trees = new WatchedTrees(service, this.roots);
        this.thread = new Thread(this::run, "broadsheet-watch");
        this.thread.setDaemon(true);
    }

    /** Registers every root (missing ones are watched for from their parent folder) and starts watching. */
    public void start() throws IOException {
        trees.registerRoots();
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                SortedSet<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                long latest = System.nanoTime() + quietPeriod.toNanos() * 20;
                WatchKey next;
                while (System.nanoTime() < latest
                        && (next = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    deliver(Collections.unmodifiableSortedSet(changed));
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the watch is over
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == java.nio.file.StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(roots);
                trees.rescan(changed);
            } else {
                trees.onEvent(key, (Path) event.context(), event.kind(), changed);
            }
        }
        if (!key.reset()) {
            trees.forget(key);
        }
    }

    private void deliver(Set<Path> changed) {
        try {
            listener.accept(changed);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the watch goes on: the next change is delivered again
            LOG.log(Level.ERROR, "handling changes to " + changed + " failed", e);
        }
    }
}
