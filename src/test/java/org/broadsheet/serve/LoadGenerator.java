package org.broadsheet.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many concurrent keep-alive clients fetching pages for a fixed time, as a browser would: a request
 * that fails on a reused connection the server has closed is retried once on a new connection and
 * counted as a reconnect, not an error. Anything else that is not a 200 with a body is an error.
 * Public so that {@code scripts/bench/ServeLoad.java} can run it for the full 10 s.
 */
public final class LoadGenerator {
    public record Result(
            int clients, long requests, long errors, long reconnects, Duration elapsed, List<String> sampleErrors) {
        public double requestsPerSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format(
                    "%d clients, %.1f s: %d requests, %.0f requests/s, %d errors, %d reconnects%s",
                    clients,
                    elapsed.toMillis() / 1000.0,
                    requests,
                    requestsPerSecond(),
                    errors,
                    reconnects,
                    sampleErrors.isEmpty() ? "" : ", first errors: " + sampleErrors);
        }
    }

    private final int port;
    private final List<String> paths;
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final List<String> sampleErrors = Collections.synchronizedList(new ArrayList<>());

    private LoadGenerator(int port, List<String> paths) {
        this.port = port;
        this.paths = List.copyOf(paths);
    }

    public static Result run(int port, List<String> paths, int clients, Duration duration) throws InterruptedException {
        return new LoadGenerator(port, paths).run(clients, duration);
    }

    private Result run(int clients, Duration duration) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int first = i;
            Thread thread = new Thread(
                    () -> {
                        ready.countDown();
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        fetchUntil(deadline[0], first);
                    },
                    "load-client-" + i);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(
                clients,
                requests.sum(),
                errors.sum(),
                reconnects.sum(),
                elapsed,
                List.copyOf(sampleErrors.subList(0, Math.min(5, sampleErrors.size()))));
    }

    private void fetchUntil(long deadline, int first) {
        RawHttpConnection connection = null;
        for (int i = first; System.nanoTime() < deadline; i++) {
            String path = paths.get(i % paths.size());
            try {
                if (connection == null) {
                    connection = new RawHttpConnection(port);
                }
                RawHttpConnection.Response response;
                try {
                    response = connection.request("GET", path);
                } catch (IOException stale) {
                    if (connection.completed() == 0) {
                        throw stale;
                    }
                    connection.close();
                    reconnects.increment();
                    connection = new RawHttpConnection(port);
                    response = connection.request("GET", path);
                }
                if (response.status() == 200 && response.body().length > 0) {
                    requests.increment();
                } else {
                    error(path + ": status " + response.status() + ", " + response.body().length + " bytes");
                }
                if (!connection.isOpen()) {
                    connection.close();
                    connection = null;
                }
            } catch (IOException | RuntimeException e) {
                error(path + ": " + e);
                connection = closeQuietly(connection);
            }
        }
        closeQuietly(connection);
    }

    private void error(String what) {
        errors.increment();
        if (sampleErrors.size() < 5) {
            sampleErrors.add(what);
        }
    }

    private static RawHttpConnection closeQuietly(RawHttpConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing is all that was left to do
            }
        }
        return null;
    }
}
