package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) on a serving process: it exits promptly, open pages see the stream end, the port is free. */
class CtrlCTest {
    @TempDir
    Path site;

    @Test
    void interruptingTheProcessStopsTheServerCleanly() throws Exception {
        TestSite.write(site, """
                -- index.html --
                <html><body>Home</body></html>
                """);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServeUntilStopped.class.getName(),
                        site.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("listening on "), String.valueOf(line));
            int port = Integer.parseInt(line.substring("listening on ".length()));

            try (EventStreamClient page = new EventStreamClient(
                    HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port + "/__broadsheet/events"))) {
                assertEquals("hello", page.next(Duration.ofSeconds(3)).name());
                interrupt(process);
                assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the server process did not stop");
                assertEquals(EventStreamClient.END, page.next(Duration.ofSeconds(3)));
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(errors.contains("Exception"), errors);
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /** SIGINT, what Ctrl-C sends; where there is no kill command, SIGTERM, which runs the same hooks. */
    private static void interrupt(Process process) throws Exception {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .start()
                    .waitFor();
        } catch (java.io.IOException noKillCommand) {
            process.destroy();
        }
    }
}
