package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 concurrent keep-alive clients for a few seconds: no errors, the server stays within its pool,
 * and threads and file descriptors come back once it is closed. The full 10 s run that reports
 * requests per second is scripts/bench/serve-load.sh; here the rate is printed, never asserted.
 */
class DevServerLoadTest {
    private static final int CLIENTS = 200;

    @TempDir
    Path site;

    @Test
    void servesTwoHundredConcurrentClientsWithoutErrorsOrLeaks() throws Exception {
        List<String> paths = SampleSite.write(site, 40);
        LongSupplier threads = () -> ManagementFactory.getThreadMXBean().getThreadCount();
        LongSupplier descriptors = DevServerLoadTest::openFileDescriptors;
        long threadsBefore = threads.getAsLong();
        long descriptorsBefore = descriptors.getAsLong();

        DevServer server = new DevServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        LoadGenerator.Result result;
        long serverThreads;
        try {
            server.start();
            result = LoadGenerator.run(server.port(), paths, CLIENTS, Duration.ofSeconds(4));
            serverThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("broadsheet-serve-"))
                    .count();
        } finally {
            server.close();
        }
        System.out.println("DevServerLoadTest: " + result);

        assertEquals(0, result.errors(), result.toString());
        assertTrue(result.requests() > CLIENTS, result.toString());
        assertTrue(serverThreads <= DevServer.THREADS, serverThreads + " pool threads");
        assertTrue(
                settlesAtMost(threads, threadsBefore + 2),
                "threads: " + threadsBefore + " before, " + threads.getAsLong() + " after");
        if (descriptorsBefore >= 0) {
            assertTrue(
                    settlesAtMost(descriptors, descriptorsBefore + 4),
                    "file descriptors: " + descriptorsBefore + " before, " + descriptors.getAsLong() + " after");
        }
    }

    /** Whether the value drops to the limit within a few seconds (closing threads and sockets takes a moment). */
    private static boolean settlesAtMost(LongSupplier value, long limit) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (value.getAsLong() > limit) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static long openFileDescriptors() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    }
}
