import org.broadsheet.serve.DevServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Live reload in a real browser (headless Chromium): a page loaded while a build error is set shows
 * the overlay with the message as text; then, for each of N rebuilds, the page's file is replaced
 * and reload() called, and the time until the browser shows the new title (read through the
 * DevTools HTTP endpoint) is measured. Run through browser-reload.sh.
 */
public class BrowserReload {
    public static void main(String[] args) throws Exception {
        String chromium = args[0];
        int rebuilds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("broadsheet-browser-");
        Path site = Files.createDirectories(work.resolve("site-output"));
        writePage(site, 0);
        Process browser = null;
        try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.start();
            server.showError("content/a.md:3: broken front matter <b>not markup</b>");
            Process dump = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + work.resolve("dump-profile"), "--dump-dom", server.uri().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(dump.getInputStream().readAllBytes());
            dump.waitFor(30, TimeUnit.SECONDS);
            boolean overlay = dom.contains("id=\"__broadsheet-build-error\"")
                    && dom.contains("content/a.md:3: broken front matter &lt;b&gt;not markup&lt;/b&gt;");
            System.out.println("error overlay on a newly loaded page: " + (overlay ? "shown, message as text" : "MISSING"));
            server.reload();

            int port = freePort();
            browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--remote-debugging-port=" + port, "--user-data-dir=" + work.resolve("profile"),
                    server.uri().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            HttpClient client = HttpClient.newHttpClient();
            URI targets = URI.create("http://127.0.0.1:" + port + "/json");
            awaitTitle(client, targets, "Version 0", 20_000);
            List<Double> millis = new ArrayList<>();
            for (int i = 1; i <= rebuilds; i++) {
                Thread.sleep(500);
                writePage(site, i);
                long start = System.nanoTime();
                server.reload();
                if (!awaitTitle(client, targets, "Version " + i, 5_000)) {
                    System.out.println("rebuild " + i + ": the page did NOT reload within 5 s");
                    continue;
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            if (!millis.isEmpty()) {
                System.out.printf("reload() -> new page shown in Chromium, %d rebuilds: median %.0f ms, max %.0f ms%n",
                        millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
            }
        } finally {
            if (browser != null) {
                browser.destroy();
                browser.waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void writePage(Path site, int version) throws Exception {
        Path staged = site.resolve("index.html.tmp");
        Files.writeString(staged, "<!DOCTYPE html><html><head><title>Version " + version
                + "</title></head><body><p>Build " + version + "</p></body></html>");
        Files.move(staged, site.resolve("index.html"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean awaitTitle(HttpClient client, URI targets, String title, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try {
                String json = client.send(HttpRequest.newBuilder(targets).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (json.contains("\"title\": \"" + title + "\"")) {
                    return true;
                }
            } catch (java.io.IOException browserNotUpYet) {
                // keep polling
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
