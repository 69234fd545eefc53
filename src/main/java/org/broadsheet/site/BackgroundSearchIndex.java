package org.broadsheet.site;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Under serve, the search index is remade on a thread of its own after the pages are on disk, so the
 * next edit does not wait for it: a build that starts while it runs gives it up and waits for it to
 * stop (at its next checkpoint, never half-way through a commit, so the index on disk is always a
 * whole one). The next build makes the index again.
 */
final class BackgroundSearchIndex {
    /** The work: make and commit the index, calling the checkpoint now and then. */
    interface Work {
        void run(Runnable checkpoint) throws Exception;
    }

    private final Consumer<String> failures;
    private Thread running;
    private volatile boolean cancelled;

    /** @param failures told of a search index that could not be made (the last good one stays) */
    BackgroundSearchIndex(Consumer<String> failures) {
        this.failures = failures;
    }

    synchronized void start(Work work) {
        cancelAndWait();
        cancelled = false;
        running = new Thread(
                () -> {
                    try {
                        work.run(this::checkpoint);
                    } catch (CancellationException | FileBody.Changed e) {
                        // a newer build will make it (the watcher has seen the article that changed under this one)
                    } catch (Exception | StackOverflowError e) {
                        failures.accept("the search index could not be made: " + e);
                    }
                },
                "broadsheet-search-index");
        running.setDaemon(true);
        running.start();
    }

    /** Gives up the index being made, if any, and returns once its thread has stopped. */
    synchronized void cancelAndWait() {
        cancelled = true;
        await();
    }

    /** Returns once the index being made, if any, is on disk (or could not be made). */
    synchronized void await() {
        if (running == null) {
            return;
        }
        boolean interrupted = false;
        while (running.isAlive()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        running = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkpoint() {
        if (cancelled) {
            throw new CancellationException("a newer build started");
        }
    }
}
