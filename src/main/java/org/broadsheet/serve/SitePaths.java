package org.broadsheet.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request URI to a path inside the site folder, and refuses every request that could reach
 * anything outside it: {@code ..} and {@code .} segments (plain or percent-encoded), encoded slashes,
 * backslashes and NUL bytes, empty segments ({@code //etc/passwd}), and symbolic links whose target
 * lies outside the folder. Hidden names ({@code .broadsheet-staging/}, {@code .broadsheet-manifest},
 * which the builder keeps in the output folder) are not site files either; {@code .well-known} is.
 * Refusals look exactly like a missing file (404), so a probe learns nothing.
 */
final class SitePaths {
    private final Path root;

    SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * The existing file or folder the URI names, with symbolic links resolved, or empty when the URI
     * is malformed, escapes the site or names nothing.
     */
    Optional<Path> resolve(URI uri) {
        if (uri.getScheme() == null && uri.getRawAuthority() != null) {
            return Optional.empty(); // "GET //host/path": a network-path reference, never a site file
        }
        return lexicalPath(uri.getRawPath()).flatMap(this::realPathInside);
    }

    /** The path the raw URI path names under the root, before any file system access. */
    Optional<Path> lexicalPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String[] rawSegments = rawPath.substring(1).split("/", -1);
        Path path = root;
        for (int i = 0; i < rawSegments.length; i++) {
            boolean last = i == rawSegments.length - 1;
            if (rawSegments[i].isEmpty() && last) {
                break; // the trailing slash of a folder
            }
            Optional<String> segment = decode(rawSegments[i]).filter(SitePaths::isPlainName);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            try {
                path = path.resolve(segment.get());
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        Path normalised = path.normalize();
        return normalised.startsWith(root) ? Optional.of(normalised) : Optional.empty();
    }

    /** The real path of an existing entry, if it (after following links) is still inside the root. */
    Optional<Path> realPathInside(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            Path real = path.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The site's own 404 page, if it has one. */
    Optional<Path> notFoundPage() {
        return realPathInside(root.resolve("404.html")).filter(Files::isRegularFile);
    }

    private static boolean isPlainName(String segment) {
        if (segment.isEmpty() || segment.startsWith(".") && !segment.equals(".well-known")) {
            return false; // also "." and ".."
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == '\0' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Strict percent-decoding of one segment as UTF-8 ('+' stays '+'); malformed input gives empty. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
