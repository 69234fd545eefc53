package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReloadTest {
    /** A timeout for events that are sent at once, not a latency goal (see scripts/bench). */
    private static final Duration SOON = Duration.ofSeconds(5);

    private static final Pattern GENERATION = Pattern.compile("data-generation=\"([^\"]+)\"");

    @TempDir
    Path site;

    DevServer server;
    HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        TestSite.write(site, """
                -- index.html --
                <html><body>Home</body></html>
                """);
        server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    EventStreamClient openPage() throws Exception {
        EventStreamClient page = new EventStreamClient(client, server.uri().resolve("/__broadsheet/events"));
        assertEquals(
                "text/event-stream; charset=utf-8",
                page.response().headers().firstValue("Content-Type").orElseThrow());
        return page;
    }

    String servedGeneration() throws Exception {
        String html = client.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher matcher = GENERATION.matcher(html);
        assertTrue(matcher.find(), html);
        return matcher.group(1);
    }

    @Test
    void tellsOpenPagesToReloadAfterARebuild() throws Exception {
        try (EventStreamClient page = openPage()) {
            assertEquals("hello", page.next(SOON).name());
            server.reload();
            assertEquals("reload", page.next(SOON).name());
        }
    }

    @Test
    void greetsEachPageWithTheGenerationItsHtmlCarries() throws Exception {
        String before = servedGeneration();
        try (EventStreamClient page = openPage()) {
            assertEquals(before, page.next(SOON).data());
        }
        server.reload();
        String after = servedGeneration();
        assertNotEquals(before, after);
        try (EventStreamClient page = openPage()) {
            // a page served before the reload that connects only now sees the new generation and reloads
            assertEquals(after, page.next(SOON).data());
        }
    }

    @Test
    void showsABuildErrorOnOpenPagesAndOnPagesLoadedLater() throws Exception {
        String message = "content/a.md:3: broken front matter\nexpected a key, found '-'";
        try (EventStreamClient open = openPage()) {
            open.next(SOON);
            server.showError(message);
            EventStreamClient.Event event = open.next(SOON);
            assertEquals("build-error", event.name());
            assertEquals(message, event.data());
        }
        try (EventStreamClient later = openPage()) {
            assertEquals("hello", later.next(SOON).name());
            assertEquals(new EventStreamClient.Event("build-error", message), later.next(SOON));
        }
    }

    @Test
    void aReloadClearsTheBuildError() throws Exception {
        server.showError("templates/page.ftlh:12: unknown variable");
        server.reload();
        try (EventStreamClient page = openPage()) {
            assertEquals("hello", page.next(SOON).name());
            assertNull(page.next(Duration.ofMillis(300)));
        }
    }

    @Test
    void closingTheServerEndsTheStreams() throws Exception {
        try (EventStreamClient page = openPage()) {
            page.next(SOON);
            server.close();
            assertEquals(EventStreamClient.END, page.next(Duration.ofSeconds(3)));
        }
    }

    @Test
    void openPagesDoNotTieUpThePoolThatServesFiles() throws Exception {
        List<Socket> pages = new ArrayList<>();
        try {
            for (int i = 0; i < DevServer.THREADS * 3; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(5_000);
                socket.getOutputStream()
                        .write(("GET /__broadsheet/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 200 OK", reader.readLine());
                pages.add(socket);
            }
            HttpResponse<String> home = client.send(
                    HttpRequest.newBuilder(server.uri())
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
        } finally {
            for (Socket page : pages) {
                page.close();
            }
        }
    }

    @Test
    void theEventStreamIsReadOnly() throws Exception {
        HttpResponse<Void> post = client.send(
                HttpRequest.newBuilder(URI.create(server.uri() + "__broadsheet/events"))
                        .POST(HttpRequest.BodyPublishers.ofString("reload"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(405, post.statusCode());
        assertNotNull(post.headers().firstValue("Allow").orElse(null));
    }
}
