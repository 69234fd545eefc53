package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are replaced underneath the server the way the builder does it (write aside, rename into
 * place; sometimes removed): every response is one whole version, or a 404, and its tag matches it.
 */
class RebuildWhileServingTest {
    @TempDir
    Path workspace;

    @Test
    void everyResponseIsOneWholeVersionOfThePage() throws Exception {
        Path site = Files.createDirectories(workspace.resolve("site-output"));
        Path page = site.resolve("page.html");
        String shortPage = "<html><body>" + "a".repeat(1_000) + "</body></html>";
        String longPage = "<html><body>" + "b".repeat(300_000) + "</body></html>";
        Files.writeString(page, shortPage);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread builder = new Thread(() -> {
            try {
                for (int i = 0; running.get(); i++) {
                    Path staged = workspace.resolve("staged.html");
                    if (i % 7 == 6) {
                        Files.deleteIfExists(page);
                        continue;
                    }
                    Files.writeString(staged, i % 2 == 0 ? longPage : shortPage);
                    Files.move(staged, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.start();
            builder.start();
            RawHttpConnection client = new RawHttpConnection(server.port());
            int whole = 0;
            for (int i = 0; i < 400; i++) {
                RawHttpConnection.Response response = client.request("GET", "/page.html");
                if (response.status() == 404) {
                    continue;
                }
                assertEquals(200, response.status());
                String body = response.text().replaceFirst("<script src=\"/__broadsheet/[^>]*></script>", "");
                assertTrue(body.equals(shortPage) || body.equals(longPage), "a mixed or cut page of " + body.length());
                assertEquals(SiteFileHandler.entityTag(response.body()), response.header("ETag"));
                whole++;
            }
            client.close();
            assertTrue(whole > 0);
        } finally {
            running.set(false);
            builder.join();
        }
    }
}
