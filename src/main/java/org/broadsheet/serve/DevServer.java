package org.broadsheet.serve;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The development server of {@code broadsheet serve}: serves the built site from its output folder
 * and keeps open pages current through a server-sent event stream under {@code /__broadsheet/}.
 * <p>
 * Built on embedded Jetty with at most {@value #THREADS} threads. Jetty parses requests without
 * blocking, so a client that sends its headers slowly holds a connection but no thread;
 * {@link ClientConnections} caps the connections of one client and closes those that take longer than
 * {@value ClientConnections#FIRST_REQUEST_SECONDS} s to send a request, and connections idle for
 * {@value #IDLE_TIMEOUT_MILLIS} ms are closed. Live-reload streams are parked outside the pool, so any
 * number of open pages leaves it free for files. Thread-safe: the build thread calls {@link #reload()}
 * or {@link #showError(String)} while requests are served.
 */
public final class DevServer implements AutoCloseable {
    static final int THREADS = 16;
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    private static final int BACKLOG = 1024;
    private static final System.Logger LOG = System.getLogger(DevServer.class.getName());
    private static final AtomicInteger SERVERS = new AtomicInteger();
    /** Jetty's own start and stop lines are noise in a terminal: only its warnings are shown. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final InetSocketAddress address;
    private final LiveReloadEvents events = new LiveReloadEvents();
    private final SiteFileHandler files;
    private final boolean checkHost;
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::close, "broadsheet-serve-shutdown");
    private Server server;
    private ServerConnector connector;
    private ClientConnections clients;
    private boolean closed;

    /** A server for the site in {@code siteRoot} (the output folder); nothing happens until {@link #start()}. */
    public DevServer(Path siteRoot, InetSocketAddress address) {
        this.address = address;
        this.files = new SiteFileHandler(new SitePaths(siteRoot), events::generation);
        this.checkHost = address.getAddress() != null && address.getAddress().isLoopbackAddress();
    }

    /** Binds the address and starts answering; fails with {@link java.net.BindException} if it is taken. */
    public synchronized void start() throws IOException {
        if (server != null || closed) {
            throw new IllegalStateException("a DevServer starts once");
        }
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2, 30_000);
        threads.setName("broadsheet-serve-" + SERVERS.incrementAndGet());
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // SitePaths judges every raw path itself (traversal, encoded dots and slashes): Jetty passes them on
        http.setUriCompliance(UriCompliance.UNSAFE);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(
                address.getAddress() == null ? null : address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        connector.setAcceptQueueSize(BACKLOG);
        clients = new ClientConnections();
        connector.addEventListener(clients);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                DevServer.this.handle(new Exchange(request, response, callback));
                return true;
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            throw e.getCause() instanceof BindException bind ? bind : e;
        } catch (Exception e) {
            stopQuietly();
            throw new IOException("cannot start the server: " + e.getMessage(), e);
        }
        events.start();
        // Ctrl-C: close the event streams so open pages see the server go, and free the port.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // it did not start
        }
        clients.close();
    }

    /** Blocks until {@link #close()} has run, e.g. from the shutdown hook that Ctrl-C triggers. */
    public void awaitClose() throws InterruptedException {
        closedLatch.await();
    }

    /** The port the server listens on: the real one when it was started on port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return connector.getLocalPort();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetAddress host = address.getAddress();
        String name = host == null || host.isAnyLocalAddress()
                ? "localhost"
                : host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + port() + "/");
    }

    /** Tells every open page to reload and clears the build error, if one was shown. */
    public void reload() {
        events.reload();
    }

    /**
     * Shows a build error over every open page, e.g. {@code content/a.md:3: broken front matter}.
     * Pages loaded later show it too, until the next {@link #reload()}.
     */
    public void showError(String message) {
        events.showError(message);
    }

    /**
     * Closes the live-reload streams, stops accepting, and stops the threads. Idempotent; also run
     * by a shutdown hook when the JVM is stopped (Ctrl-C) while the server is open.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        events.close();
        if (server != null) {
            if (Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook has started or will find us closed
                }
            }
            try {
                server.stop();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "stopping the server", e);
            }
            clients.close();
        }
        closedLatch.countDown();
    }

    private void handle(Exchange exchange) {
        clients.requestArrived(exchange.connection());
        try {
            route(exchange);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "serving " + exchange.uri() + " failed", e);
            if (exchange.committed()) {
                exchange.fail(e);
            } else {
                exchange.clearHeaders();
                sendText(exchange, 500, "500 Internal Server Error\n");
            }
        }
    }

    /** Answers one request; an event stream stays open, parked in {@link LiveReloadEvents}. */
    private void route(Exchange exchange) {
        String method = exchange.method();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.header("Allow", "GET, HEAD");
            sendText(exchange, 405, "405 Method Not Allowed: the development server only reads the site.\n");
            return;
        }
        if (checkHost && !LoopbackCheck.isLocalHost(exchange.requestHeader("Host"))) {
            sendText(exchange, 403, "403 Forbidden: this server answers only to localhost names.\n");
            return;
        }
        URI uri = exchange.uri();
        String path = uri == null ? null : uri.getRawPath();
        if (path == null || !path.startsWith(LiveReloadScript.PREFIX)) {
            files.handle(exchange, uri);
            return;
        }
        if (path.equals(LiveReloadScript.EVENTS_PATH) && !head) {
            events.connect(exchange);
            return;
        }
        if (path.equals(LiveReloadScript.SCRIPT_PATH)) {
            exchange.header("Cache-Control", "no-cache");
            exchange.send(200, "text/javascript; charset=utf-8", LiveReloadScript.source());
        } else if (path.equals(LiveReloadScript.EVENTS_PATH)) {
            exchange.send(200, "text/event-stream; charset=utf-8", new byte[0]);
        } else {
            sendText(exchange, 404, "404 Not Found\n");
        }
    }

    private static void sendText(Exchange exchange, int status, String text) {
        exchange.send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
