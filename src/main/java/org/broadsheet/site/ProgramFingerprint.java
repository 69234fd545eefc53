package org.broadsheet.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A hash of the running program itself (the jar's size and time, or every file of the classes folder in
 * development), so caches never serve results of an older analysis or theme: any change to the code or
 * bundled data changes it.
 */
final class ProgramFingerprint {
    private static final String VALUE = compute();

    private ProgramFingerprint() {}

    static String value() {
        return VALUE;
    }

    private static String compute() {
        try {
            Path location = Path.of(ProgramFingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(location)) {
                // a jar is judged as make judges a file, by its size and time: hashing 14 MB with the quick
                // JIT compiler cost a batch build ~0.5 s of CPU, and a rebuilt jar always has a new time
                java.nio.file.attribute.BasicFileAttributes attrs =
                        Files.readAttributes(location, java.nio.file.attribute.BasicFileAttributes.class);
                digest.update(("jar|" + attrs.size() + "|" + attrs.lastModifiedTime())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                try (Stream<Path> walk = Files.walk(location)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(
                                location.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        update(digest, p);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // no stable fingerprint: a per-run value makes every cache entry a miss, which is always correct
            return "run-" + System.nanoTime();
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }
}
