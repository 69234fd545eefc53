package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowloris (issue 13, defect 7): sockets that send their headers a byte at a time must not take the
 * server from everyone else, and a single client may not hold more than its share of connections.
 */
class SlowClientTest {
    private static final int SLOW_SOCKETS = 16;

    @TempDir
    Path site;

    @Test
    void slowHeadersDoNotStopOtherClients() throws Exception {
        List<String> paths = SampleSite.write(site, 10);
        try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.start();
            List<Socket> slow = new ArrayList<>();
            ExecutorService dribble = Executors.newFixedThreadPool(SLOW_SOCKETS);
            try {
                for (int i = 0; i < SLOW_SOCKETS; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                    slow.add(s);
                    dribble.submit(() -> dribbleHeaders(s));
                }
                Thread.sleep(500); // every slow socket has started its request
                ExecutorService clients = Executors.newFixedThreadPool(8);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String path = paths.get(i % paths.size());
                    answers.add(clients.submit(() -> get(server.port(), path)));
                }
                for (Future<Integer> answer : answers) {
                    // far longer than a request takes, far shorter than the slow sockets' headers
                    assertEquals(200, answer.get(15, TimeUnit.SECONDS));
                }
                clients.shutdownNow();
                // and 200 more connections from the same client are still served (DevServerLoadTest runs the load)
                LoadGenerator.Result result = LoadGenerator.run(server.port(), paths, 200, Duration.ofSeconds(2));
                assertEquals(0, result.errors(), result.toString());
                assertTrue(result.requests() > 200, result.toString());
                System.out.println("SlowClientTest: with " + SLOW_SOCKETS + " slow sockets open: " + result);
            } finally {
                dribble.shutdownNow();
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    /** Sends a request's headers one byte a second, as slowloris does: 80 s for this one. */
    private static Void dribbleHeaders(Socket s) throws IOException, InterruptedException {
        OutputStream out = s.getOutputStream();
        byte[] request = ("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(40) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (byte b : request) {
            out.write(b);
            out.flush();
            Thread.sleep(1000);
        }
        return null;
    }

    private static int get(int port, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            in.readAllBytes();
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    /** A socket that never finishes its request is closed after the first-request deadline. */
    @Test
    void aRequestThatNeverEndsIsCutOff() throws Exception {
        SampleSite.write(site, 1);
        try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Socket s = new Socket(InetAddress.getLoopbackAddress(), startAndPort(server))) {
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            long started = System.nanoTime();
            out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            while (!closed
                    && System.nanoTime() - started
                            < TimeUnit.SECONDS.toNanos(ClientConnections.FIRST_REQUEST_SECONDS + 15)) {
                try {
                    out.write('X');
                    out.flush();
                    closed = s.getInputStream().read() == -1;
                } catch (java.net.SocketTimeoutException e) {
                    // still open: go on dribbling
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertTrue(closed, "the server still holds a request that never ends");
        }
    }

    /** One client may not hold more than its share of connections: the ones over the cap are closed at once. */
    @Test
    void oneClientCannotTakeEveryConnection() throws Exception {
        SampleSite.write(site, 1);
        List<Socket> hog = new ArrayList<>();
        try (DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = startAndPort(server);
            try {
                for (int i = 0; i < ClientConnections.PER_CLIENT + 20; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    s.setSoTimeout(3000);
                    hog.add(s);
                }
                int refused = 0;
                for (Socket s : hog.subList(ClientConnections.PER_CLIENT, hog.size())) {
                    try {
                        refused += s.getInputStream().read() == -1 ? 1 : 0;
                    } catch (IOException e) {
                        refused++;
                    }
                }
                assertEquals(20, refused, "connections over the cap are closed");
            } finally {
                for (Socket s : hog) {
                    s.close();
                }
            }
            Thread.sleep(500);
            assertEquals(200, get(port, "/"), "served again once the client lets go");
        }
    }

    private static int startAndPort(DevServer server) throws IOException {
        server.start();
        return server.port();
    }
}
