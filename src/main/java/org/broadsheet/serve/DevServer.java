package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The development server of {@code broadsheet serve}: serves the built site from its output folder
 * and keeps open pages current through a server-sent event stream under {@code /__broadsheet/}.
 * <p>
 * Built on the JDK's HTTP server with a fixed pool of {@value #THREADS} threads. Live-reload
 * connections are parked outside the pool, so any number of open pages leaves it free for files.
 * Thread-safe: the build thread calls {@link #reload()} or {@link #showError(String)} while
 * requests are served.
 */
public final class DevServer implements AutoCloseable {
    static final int THREADS = 16;
    private static final int BACKLOG = 1024;
    private static final System.Logger LOG = System.getLogger(DevServer.class.getName());
    private static final AtomicInteger SERVERS = new AtomicInteger();

    static {
        // The JDK server leaves Nagle's algorithm on: the tail of a response then waits for the
        // client's delayed ACK, ~40 ms per request on Linux loopback (3,300 instead of 17,000
        // requests/s in scripts/bench). The server reads this once, when its first instance is made;
        // an explicit -D setting wins.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final InetSocketAddress address;
    private final LiveReloadEvents events = new LiveReloadEvents();
    private final SiteFileHandler files;
    private final boolean checkHost;
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::close, "broadsheet-serve-shutdown");
    private HttpServer server;
    private ThreadPoolExecutor pool;
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
        server = HttpServer.create(address, BACKLOG);
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threadsNamed("broadsheet-serve-" + SERVERS.incrementAndGet() + "-"));
        pool.allowCoreThreadTimeOut(true);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
        events.start();
        // Ctrl-C: close the event streams so open pages see the server go, and free the port.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
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
        return server.getAddress().getPort();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetAddress host = address.getAddress();
        String name = host == null || host.isAnyLocalAddress() ? "localhost"
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
            server.stop(0);
            pool.shutdown();
            try {
                if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        closedLatch.countDown();
    }

    private void handle(HttpExchange exchange) {
        boolean keepOpen = false;
        try {
            keepOpen = route(exchange);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "client went away: " + exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "serving " + exchange.getRequestURI() + " failed", e);
            try {
                sendText(exchange, 500, "500 Internal Server Error\n");
            } catch (IOException | RuntimeException ignored) {
                // headers were already sent; closing the exchange is all that is left
            }
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** Returns true when the exchange was handed to the live-reload stream and must stay open. */
    private boolean route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "405 Method Not Allowed: the development server only reads the site.\n");
            return false;
        }
        if (checkHost && !LoopbackCheck.isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
            sendText(exchange, 403, "403 Forbidden: this server answers only to localhost names.\n");
            return false;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (path == null || !path.startsWith(LiveReloadScript.PREFIX)) {
            files.handle(exchange);
            return false;
        }
        if (path.equals(LiveReloadScript.EVENTS_PATH) && !head) {
            return events.connect(exchange);
        }
        if (path.equals(LiveReloadScript.SCRIPT_PATH)) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            SiteFileHandler.send(exchange, 200, "text/javascript; charset=utf-8", LiveReloadScript.source());
        } else if (path.equals(LiveReloadScript.EVENTS_PATH)) {
            SiteFileHandler.send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0]);
        } else {
            sendText(exchange, 404, "404 Not Found\n");
        }
        return false;
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        SiteFileHandler.send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ThreadFactory threadsNamed(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
