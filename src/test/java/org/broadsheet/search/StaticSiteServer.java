package org.broadsheet.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Serves a folder read-only under a sub-path on the loopback interface, as any static host would. */
public final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "json",
            "application/json",
            "bin",
            "application/octet-stream");

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final AtomicLong bytesServed = new AtomicLong();

    public StaticSiteServer(Path root, String prefix) throws IOException {
        this.root = root.toRealPath();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site root URL, ending in the sub-path, e.g. http://127.0.0.1:PORT/archive/. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Bytes of non-HTML files (scripts, styles, index files) sent since the last call; then resets. */
    long takeBytesServed() {
        return bytesServed.getAndSet(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            Path file = root.resolve(path.substring(prefix.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            if (!name.endsWith(".html")) {
                bytesServed.addAndGet(body.length);
            }
            send(exchange, 200, type, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
