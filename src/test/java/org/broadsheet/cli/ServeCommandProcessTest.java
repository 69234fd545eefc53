package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code broadsheet serve} as a user runs it, in a process of its own: it serves the site, picks up a
 * body edit (the page, then the search index made in the background) and a title edit (every list),
 * and stops cleanly when asked to, as Ctrl-C does.
 */
class ServeCommandProcessTest {
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Timeout(120)
    void servesRebuildsAfterEditsAndStopsCleanly(@TempDir Path site) throws Exception {
        Path article = site.resolve("content/a.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "---\ntitle: Harbour plan\ndate: 2020-01-01\n---\nThe council met on Monday.\n");
        Files.writeString(
                site.resolve("content/b.md"), "---\ntitle: Ferry news\ndate: 2020-02-01\n---\nFerries run.\n");

        Process serve = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        "--source",
                        site.toString(),
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .start();
        StringBuilder log = new StringBuilder();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            URI served = null;
            for (String line; served == null && (line = out.readLine()) != null; ) {
                log.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    served = URI.create(m.group(1));
                }
            }
            assertTrue(served != null, "serve never said where it serves: " + log);
            URI root = served;
            Thread logReader = new Thread(() -> out.lines().forEach(l -> {
                synchronized (log) {
                    log.append(l).append('\n');
                }
            }));
            logReader.setDaemon(true);
            logReader.start();
            URI page = root.resolve("articles/a.html");
            assertTrue(get(page).contains("council met on Monday"));

            Files.writeString(
                    article,
                    "---\ntitle: Harbour plan\ndate: 2020-01-01\n---\nThe council met on Monday.\n\n"
                            + "Dredging starts in spring.\n");
            await(() -> get(page).contains("Dredging starts"), "the edited page", log);
            // the term shards hold the stem of "Dredging"
            await(() -> searchIndexContains(site, "dredg"), "the search index", log);

            Files.writeString(
                    article, "---\ntitle: Harbour plan approved\ndate: 2020-01-01\n---\nThe council met on Monday.\n");
            await(() -> get(root.resolve("index.html")).contains("Harbour plan approved"), "the home page", log);
            assertTrue(
                    get(root.resolve("articles/b.html")).contains("Harbour plan approved"),
                    "the neighbour's link shows the new title");
        } finally {
            serve.destroy(); // SIGTERM: what Ctrl-C's shutdown does
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop");
        }
        synchronized (log) {
            assertFalse(log.toString().contains("Exception"), log.toString());
            assertFalse(log.toString().contains("error:"), log.toString());
        }
    }

    private String get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            return "";
        }
    }

    private static boolean searchIndexContains(Path site, String word) {
        try (Stream<Path> files = Files.walk(site.resolve("site-output/search"))) {
            return files.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                            .toLowerCase()
                            .contains(word);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier ok, String what, StringBuilder log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                synchronized (log) {
                    throw new AssertionError(what + " never changed; serve said:\n" + log);
                }
            }
            Thread.sleep(50);
        }
    }
}
