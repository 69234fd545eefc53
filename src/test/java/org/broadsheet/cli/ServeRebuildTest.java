package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.broadsheet.model.Problem;
import org.broadsheet.serve.DevServer;
import org.broadsheet.serve.RebuildLoop;
import org.broadsheet.serve.SiteWatcher;
import org.broadsheet.site.BuildOptions;
import org.broadsheet.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve's real pieces together: an edit shows up in the served page; a broken edit keeps the last good page. */
class ServeRebuildTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Timeout(60)
    void editsShowUpAndBrokenFrontMatterKeepsTheLastGoodPage(@TempDir Path site) throws Exception {
        Path article = site.resolve("content/news/a.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "---\ntitle: First version\ndate: 2020-01-01\n---\nThe council met on Monday.\n");
        BuildOptions options = new BuildOptions(site, null, null, false, false);
        SiteBuilder builder = new SiteBuilder(options);
        StringWriter log = new StringWriter();
        try (DevServer server = new DevServer(options.output(), new InetSocketAddress("127.0.0.1", 0))) {
            RebuildLoop loop = new RebuildLoop(
                    server,
                    (changed, pagesWritten) -> builder.build(changed, pagesWritten).problems().stream()
                            .filter(Problem::error)
                            .map(p -> p.location() + ": " + p.message())
                            .toList(),
                    new PrintWriter(log, true));
            server.start();
            loop.accept(Set.of());
            try (SiteWatcher watcher =
                    new SiteWatcher(List.of(options.content(), options.templates(), options.siteYaml()), loop)) {
                watcher.start();
                URI page = server.uri().resolve("articles/a.html");
                assertTrue(get(page).contains("First version"));

                Files.writeString(
                        article, "---\ntitle: Second version\ndate: 2020-01-01\n---\nThe council met on Monday.\n");
                awaitPage(page, body -> body.contains("Second version"));

                Files.writeString(article, "---\ntitle: [unclosed\ndate: 2020-01-01\n---\nText.\n");
                awaitLog(log, "content/news/a.md:3: broken front matter YAML");
                assertTrue(get(page).contains("Second version"), "the last good page stays served");
                assertEquals(
                        200,
                        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode());
            }
        }
    }

    private String get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void awaitPage(URI uri, Predicate<String> ok) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ok.test(get(uri))) {
            assertTrue(System.nanoTime() < deadline, "the served page never changed");
            Thread.sleep(50);
        }
    }

    private static void awaitLog(StringWriter log, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!log.toString().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "no error reported; log: " + log);
            Thread.sleep(50);
        }
    }
}
