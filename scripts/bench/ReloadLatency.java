import org.broadsheet.serve.DevServer;
import org.broadsheet.serve.RebuildLoop;
import org.broadsheet.serve.SiteWatcher;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long from saving an article to an open page being told to reload: the watcher's quiet
 * period, the event, and a stand-in rebuild that copies one file (the real build's time adds to
 * this). Run through reload-latency.sh.
 *
 *   reload-latency.sh [SAVES]
 */
public class ReloadLatency {
    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path site = Files.createTempDirectory("broadsheet-latency-");
        Path article = Files.createDirectories(site.resolve("content")).resolve("a.md");
        Path page = Files.createDirectories(site.resolve("site-output")).resolve("index.html");
        Files.writeString(article, "# Saved 0");
        Files.writeString(page, "<html><body>0</body></html>");
        List<Double> millis = new ArrayList<>();
        try (DevServer server = new DevServer(site.resolve("site-output"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             SiteWatcher watcher = new SiteWatcher(List.of(site.resolve("content")), new RebuildLoop(server,
                     changed -> {
                         Files.copy(article, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                         return List.of();
                     },
                     new PrintWriter(Writer.nullWriter())))) {
            server.start();
            watcher.start();
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.uri().resolve("/__broadsheet/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            while (!lines.next().equals("event: hello")) {
                // skip the retry line
            }
            for (int i = 1; i <= saves; i++) {
                Thread.sleep(300);
                long start = System.nanoTime();
                Files.writeString(article, "# Saved " + i);
                while (!lines.next().equals("event: reload")) {
                    // data and blank lines of earlier events
                }
                millis.add((System.nanoTime() - start) / 1e6);
            }
            events.body().close();
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Collections.sort(millis);
        System.out.printf("save -> reload event, %d saves: median %.0f ms, 90th percentile %.0f ms, max %.0f ms"
                        + " (quiet period %d ms)%n", saves, millis.get(saves / 2), millis.get(saves * 9 / 10),
                millis.get(saves - 1), SiteWatcher.DEFAULT_QUIET_PERIOD.toMillis());
    }
}
