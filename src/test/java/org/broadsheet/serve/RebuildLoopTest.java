package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher, the rebuild and the server together, as {@code serve} runs them. */
class RebuildLoopTest {
    private static final Duration SOON = Duration.ofSeconds(3);

    @TempDir
    Path site;

    DevServer server;
    SiteWatcher watcher;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        TestSite.write(site, """
                -- content/a.md --
                # A
                -- site-output/index.html --
                <html><body>A</body></html>
                """);
        server = new DevServer(site.resolve("site-output"), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }

    void watch(RebuildLoop.Rebuild rebuild) throws IOException {
        watcher = new SiteWatcher(
                List.of(site.resolve("content")), new RebuildLoop(server, rebuild, new PrintWriter(log, true)));
        watcher.start();
    }

    @Test
    void reloadsOpenPagesAfterASavedArticleIsRebuilt() throws Exception {
        watch((changed, pagesWritten) -> {
            Files.writeString(site.resolve("site-output/index.html"), "<html><body>B</body></html>");
            return List.of();
        });
        try (EventStreamClient page =
                new EventStreamClient(HttpClient.newHttpClient(), server.uri().resolve("/__broadsheet/events"))) {
            assertEquals("hello", page.next(SOON).name());
            Files.writeString(site.resolve("content/a.md"), "# B");
            assertEquals("reload", page.next(SOON).name());
        }
        assertTrue(log.toString().contains("a.md in "), log.toString());
    }

    @Test
    void showsTheBuildErrorAndKeepsServingTheLastGoodSite() throws Exception {
        watch((changed, pagesWritten) -> {
            throw new IOException("content/a.md:1: front matter is not closed by ---");
        });
        try (EventStreamClient page =
                new EventStreamClient(HttpClient.newHttpClient(), server.uri().resolve("/__broadsheet/events"))) {
            page.next(SOON);
            Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\n");
            assertEquals(
                    new EventStreamClient.Event("build-error", "content/a.md:1: front matter is not closed by ---"),
                    page.next(SOON));
        }
        assertTrue(DevServerTest.fetch(server, "/").contains("<body>A"));
        assertTrue(log.toString().startsWith("error: content/a.md:1:"), log.toString());
    }

    @Test
    void reloadsAndShowsTheProblemsOfABuildThatSkippedAnArticle() throws Exception {
        watch((changed, pagesWritten) ->
                List.of("content/a.md:1: front matter is not closed by ---", "content/b.md: empty file"));
        try (EventStreamClient page =
                new EventStreamClient(HttpClient.newHttpClient(), server.uri().resolve("/__broadsheet/events"))) {
            page.next(SOON);
            Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\n");
            assertEquals("reload", page.next(SOON).name());
            assertEquals(
                    new EventStreamClient.Event(
                            "build-error",
                            "content/a.md:1: front matter is not closed by ---\ncontent/b.md: empty file"),
                    page.next(SOON));
        }
        try (EventStreamClient reloaded =
                new EventStreamClient(HttpClient.newHttpClient(), server.uri().resolve("/__broadsheet/events"))) {
            assertEquals("hello", reloaded.next(SOON).name());
            assertEquals("build-error", reloaded.next(SOON).name());
        }
    }

    @Test
    void describesWhatChanged() {
        StringWriter out = new StringWriter();
        new RebuildLoop(server, (changed, pagesWritten) -> List.of(), new PrintWriter(out, true))
                .accept(Set.of(site.resolve("content/a.md"), site.resolve("content/b.md")));
        assertTrue(out.toString().startsWith("rebuilt after changes to 2 files in "), out.toString());
    }
}
