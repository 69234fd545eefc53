package org.broadsheet.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * Limits what one client can hold of the server (issue 13, slowloris): at most
 * {@value #PER_CLIENT} connections per address (more are closed at once), and a new connection must
 * deliver a whole request within {@value #FIRST_REQUEST_SECONDS} s or is closed. Headers are parsed
 * without blocking, so a slow sender costs a connection, never a thread; the idle timeout of the
 * connector closes connections that send nothing at all.
 */
final class ClientConnections implements Connection.Listener, AutoCloseable {
    /** Generous for one machine: a browser's pages, each with its event stream, and a load test. */
    static final int PER_CLIENT = 512;

    static final long FIRST_REQUEST_SECONDS = 10;

    private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
    /** Connections that have not yet sent a whole request, with the time they opened. */
    private final Map<Connection, Long> waiting = new ConcurrentHashMap<>();

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "broadsheet-slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    ClientConnections() {
        sweeper.scheduleWithFixedDelay(this::closeSlow, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = address(connection.getEndPoint().getRemoteSocketAddress());
        int open = perClient.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
        if (open > PER_CLIENT) {
            connection.getEndPoint().close();
            return;
        }
        waiting.put(connection, System.nanoTime());
    }

    @Override
    public void onClosed(Connection connection) {
        waiting.remove(connection);
        InetAddress client = address(connection.getEndPoint().getRemoteSocketAddress());
        AtomicInteger open = perClient.get(client);
        if (open != null && open.decrementAndGet() <= 0) {
            perClient.remove(client, open);
        }
    }

    /** The connection has sent a whole request: it is no longer held to the first-request deadline. */
    void requestArrived(Object connection) {
        if (connection instanceof Connection c) {
            waiting.remove(c);
        }
    }

    private void closeSlow() {
        long deadline = System.nanoTime() - TimeUnit.SECONDS.toNanos(FIRST_REQUEST_SECONDS);
        waiting.forEach((connection, opened) -> {
            if (opened < deadline) {
                waiting.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    private static InetAddress address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
