package org.broadsheet.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** @param uri the request target, null when it is no URI (answered as not found) */
    void handle(Exchange exchange, URI uri) {
        Optional<Path> target = uri == null ? Optional.empty() : paths.resolve(uri);
        if (target.isPresent() && Files.isDirectory(target.get())) {
            if (!uri.getRawPath().endsWith("/")) {
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                exchange.header("Location", uri.getRawPath() + "/" + query);
                exchange.sendEmpty(301);
                return;
            }
            target = paths.realPathInside(target.get().resolve("index.html"));
        } else if (uri != null && uri.getRawPath() != null && uri.getRawPath().endsWith("/")) {
            target = Optional.empty(); // "page.html/" is not a folder; its relative links would break
        }
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            notFound(exchange);
            return;
        }
        serveFile(exchange, target.get());
    }

    private void serveFile(Exchange exchange, Path file) {
        String type = ContentTypes.of(file);
        try (FileChannel channel = FileChannel.open(file)) {
            Instant lastModified = Files.getLastModifiedTime(file).toInstant();
            long size = channel.size();
            exchange.header("Cache-Control", "no-cache");
            exchange.header("Last-Modified", Preconditions.httpDate(lastModified));
            if (size > READ_WHOLE_LIMIT && !ContentTypes.isHtml(type)) {
                String tag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(lastModified.toEpochMilli()) + "\"";
                exchange.header("ETag", tag);
                if (Preconditions.notModified(exchange, tag, lastModified)) {
                    exchange.sendEmpty(304);
                    return;
                }
                exchange.stream(type, file, size);
                return;
            }
            byte[] body = Channels.newInputStream(channel).readAllBytes();
            if (ContentTypes.isHtml(type)) {
                body = LiveReloadScript.inject(body, generation.get());
            }
            String tag = entityTag(body);
            exchange.header("ETag", tag);
            if (Preconditions.notModified(exchange, tag, lastModified)) {
                exchange.sendEmpty(304);
                return;
            }
            exchange.send(200, type, body);
        } catch (IOException e) {
            // removed by a rebuild since it was found (or unreadable); nothing has been sent yet
            exchange.clearHeaders();
            notFound(exchange);
        }
    }

    private void notFound(Exchange exchange) {
        exchange.header("Cache-Control", "no-cache");
        Optional<Path> page = paths.notFoundPage();
        if (page.isPresent()) {
            try {
                byte[] body = LiveReloadScript.inject(Files.readAllBytes(page.get()), generation.get());
                exchange.send(404, ContentTypes.HTML, body);
                return;
            } catch (IOException e) {
                // removed by a rebuild between the check and the read: fall back to the plain answer
            }
        }
        exchange.send(404, "text/plain; charset=utf-8", NOT_FOUND);
    }

    /** A strong tag over the served bytes: their length and CRC-32C. */
    static String entityTag(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return "\"" + Integer.toHexString(body.length) + "-" + Long.toHexString(crc.getValue()) + "\"";
    }
}
