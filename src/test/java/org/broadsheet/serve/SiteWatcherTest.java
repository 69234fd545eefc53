package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    private static final long TIMEOUT_MS = 5_000;

    @TempDir
    Path workspace;

    Path site;
    Path content;
    final BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
    final Set<String> listenerThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    SiteWatcher watcher;

    @BeforeEach
    void createSite() throws IOException {
        site = workspace.toRealPath().resolve("my-archive");
        content = site.resolve("content");
        TestSite.write(site, """
                -- content/first.txt --
                The first article.
                -- site.yaml --
                title: Archive
                -- site-output/index.html --
                <html></html>
                """);
    }

    @AfterEach
    void stop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    void watch(Duration quietPeriod) throws IOException {
        watcher = new SiteWatcher(
                List.of(content, site.resolve("templates"), site.resolve("site.yaml")), quietPeriod, changed -> {
                    listenerThreads.add(Thread.currentThread().getName());
                    calls.add(changed);
                });
        watcher.start();
    }

    /** Every path reported until {@code expected} is among them. */
    Set<Path> awaitReported(Path expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!seen.contains(expected)) {
            Set<Path> call = calls.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (call == null) {
                fail(expected + " was not reported; saw " + seen);
            }
            seen.addAll(call);
        }
        return seen;
    }

    @Test
    void reportsAChangedArticle() throws Exception {
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Files.writeString(content.resolve("first.txt"), "The first article, corrected.");
        awaitReported(content.resolve("first.txt"));
    }

    @Test
    void reportsAnArticleInAFolderCreatedAfterTheStart() throws Exception {
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Path folder = Files.createDirectories(content.resolve("2024/11"));
        Files.writeString(folder.resolve("new.md"), "# New");
        awaitReported(folder.resolve("new.md"));
        Path later = folder.resolve("later.md");
        Files.writeString(later, "# Later"); // the new folder is now watched itself
        awaitReported(later);
    }

    @Test
    void reportsBothNamesOfARenamedArticleAndADeletedFolder() throws Exception {
        Path folder = Files.createDirectories(content.resolve("2023"));
        Files.writeString(folder.resolve("old.txt"), "Old.");
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Files.move(content.resolve("first.txt"), content.resolve("renamed.txt"));
        Set<Path> seen = awaitReported(content.resolve("renamed.txt"));
        assertTrue(seen.contains(content.resolve("first.txt")), seen.toString());
        Files.delete(folder.resolve("old.txt"));
        Files.delete(folder);
        awaitReported(folder); // the folder itself: everything under it is gone
    }

    @Test
    void watchesSiteYamlButNotItsSiblings() throws Exception {
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Files.writeString(site.resolve("site-output/index.html"), "<html>rebuilt</html>");
        Files.writeString(site.resolve("notes.txt"), "not part of the site");
        Files.writeString(site.resolve("site.yaml"), "title: Renamed");
        Set<Path> seen = awaitReported(site.resolve("site.yaml"));
        assertFalse(seen.stream().anyMatch(path -> path.startsWith(site.resolve("site-output"))), seen.toString());
        assertFalse(seen.contains(site.resolve("notes.txt")), seen.toString());
    }

    @Test
    void picksUpARootThatDidNotExistAtTheStart() throws Exception {
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Path template = site.resolve("templates/page.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#-- page -->");
        awaitReported(template);
    }

    @Test
    void ignoresEditorTemporaryFiles() throws Exception {
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        for (String name : List.of(".first.txt.swp", "first.txt~", ".#first.txt", "#first.txt#", "4913")) {
            Files.writeString(content.resolve(name), "editor state");
        }
        Files.writeString(content.resolve("second.txt"), "The second article.");
        Set<Path> seen = awaitReported(content.resolve("second.txt"));
        assertEquals(Set.of(content.resolve("second.txt")), seen);
    }

    @Test
    void reportsABurstOfChangesInOneCall() throws Exception {
        watch(Duration.ofMillis(500));
        Set<Path> written = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Path file = content.resolve("burst-" + i + ".txt");
            Files.writeString(file, "Article " + i);
            written.add(file);
        }
        Set<Path> first = calls.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        assertTrue(first != null && first.containsAll(written), String.valueOf(first));
    }

    @Test
    void survivesASymbolicLinkLoop() throws Exception {
        Path folder = Files.createDirectories(content.resolve("a/b"));
        Files.createSymbolicLink(folder.resolve("back-to-a"), content.resolve("a"));
        watch(SiteWatcher.DEFAULT_QUIET_PERIOD);
        Files.writeString(folder.resolve("deep.txt"), "Deep inside.");
        awaitReported(folder.resolve("deep.txt"));
    }

    @Test
    void callsTheListenerFromOneThread() throws Exception {
        watch(Duration.ofMillis(20));
        for (int i = 0; i < 5; i++) {
            Path file = content.resolve("one-by-one-" + i + ".txt");
            Files.writeString(file, "Article " + i);
            awaitReported(file);
        }
        assertEquals(1, listenerThreads.size(), listenerThreads.toString());
    }
}
