package org.broadsheet.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Answers GET and HEAD for the files of the built site. Every request opens, reads and closes its
 * file: the builder replaces files by atomic rename, so an open file is always one whole version.
 * HTML gets the live-reload script; the entity tag is computed over the bytes actually sent.
 */
final class SiteFileHandler {
    /** Files up to this size are read whole (and tagged by content); larger ones are streamed. */
    private static final long READ_WHOLE_LIMIT = 32L << 20;
    private static final byte[] NOT_FOUND = "404 Not Found\n".getBytes(StandardCharsets.UTF_8);

    private final SitePaths paths;
    private final Supplier<String> generation;

    SiteFileHandler(SitePaths paths, Supplier<String> generation) {
        this.paths = paths;
        this.generation = generation;
    }

    void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Optional<Path> target = paths.resolve(uri);
        if (target.isPresent() && Files.isDirectory(target.get())) {
            if (!uri.getRawPath().endsWith("/")) {
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            target = paths.realPathInside(target.get().resolve("index.html"));
        } else if (uri.getRawPath().endsWith("/")) {
            target = Optional.empty(); // "page.html/" is not a folder; its relative links would break
        }
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            notFound(exchange);
            return;
        }
        serveFile(exchange, target.get());
    }

    private void serveFile(HttpExchange exchange, Path file) throws IOException {
        String type = ContentTypes.of(file);
        try (FileChannel channel = FileChannel.open(file)) {
            Instant lastModified = Files.getLastModifiedTime(file).toInstant();
            long size = channel.size();
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-cache");
            headers.set("Last-Modified", Preconditions.httpDate(lastModified));
            if (size > READ_WHOLE_LIMIT && !ContentTypes.isHtml(type)) {
                String tag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(lastModified.toEpochMilli()) + "\"";
                headers.set("ETag", tag);
                if (Preconditions.notModified(exchange.getRequestHeaders(), tag, lastModified)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                stream(exchange, type, Channels.newInputStream(channel), size);
                return;
            }
            byte[] body = Channels.newInputStream(channel).readAllBytes();
            if (ContentTypes.isHtml(type)) {
                body = LiveReloadScript.inject(body, generation.get());
            }
            String tag = entityTag(body);
            headers.set("ETag", tag);
            if (Preconditions.notModified(exchange.getRequestHeaders(), tag, lastModified)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, type, body);
        } catch (NoSuchFileException e) {
            // removed by a rebuild since it was found; nothing has been sent yet
            exchange.getResponseHeaders().clear();
            notFound(exchange);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Optional<Path> page = paths.notFoundPage();
        if (page.isPresent()) {
            try {
                byte[] body = LiveReloadScript.inject(Files.readAllBytes(page.get()), generation.get());
                send(exchange, 404, ContentTypes.HTML, body);
                return;
            } catch (IOException e) {
                // removed by a rebuild between the check and the read: fall back to the plain answer
            }
        }
        send(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
    }

    /** Sends a whole body; HEAD gets the same headers, Content-Length included, and no body. */
    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void stream(HttpExchange exchange, String type, InputStream in, long size) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, size);
        try (OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }

    /** A strong tag over the served bytes: their length and CRC-32C. */
    static String entityTag(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return "\"" + Integer.toHexString(body.length) + "-" + Long.toHexString(crc.getValue()) + "\"";
    }
}
