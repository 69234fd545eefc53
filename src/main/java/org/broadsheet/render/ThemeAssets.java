package org.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.output.OutputFolder;

/**
 * Copies the theme's static files ({@code theme/assets/} in the jar) into {@code assets/}; a file at
 * the same path under the site's {@code templates/assets/} replaces it, and extra files there are copied too.
 */
public final class ThemeAssets {
    private ThemeAssets() {}

    public static void copy(Path siteTemplates, OutputFolder output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(builtIn());
        Path own = siteTemplates == null ? null : siteTemplates.resolve("assets");
        if (own != null && Files.isDirectory(own)) {
            // a link that leads out of the site folder is not followed (the build warns of it)
            Path site = siteTemplates.toAbsolutePath().normalize().getParent().toRealPath();
            try (Stream<Path> walk = Files.walk(own)) {
                for (Path p : walk.filter(Files::isRegularFile)
                        .filter(p -> staysInside(p, site))
                        .sorted()
                        .toList()) {
                    files.put(own.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            output.write("assets/" + f.getKey(), f.getValue());
        }
    }

    private static boolean staysInside(Path file, Path siteReal) {
        try {
            return !Files.isSymbolicLink(file) || file.toRealPath().startsWith(siteReal);
        } catch (IOException e) {
            return false;
        }
    }

    /** The theme's assets, read from the jar or (in development) from the classes folder. */
    static Map<String, byte[]> builtIn() throws IOException {
        URL marker = ThemeAssets.class.getResource("/theme/assets/style.css");
        if (marker == null) {
            throw new IOException("the built-in theme is missing from the class path");
        }
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if ("jar".equals(marker.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(marker.toURI(), Map.of())) {
                    collect(fs.getPath("/theme/assets"), out);
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    // another build in this JVM has the jar open: read through its file system, leave it open
                    collect(FileSystems.getFileSystem(marker.toURI()).getPath("/theme/assets"), out);
                }
            } else {
                collect(Path.of(marker.toURI()).getParent(), out);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static void collect(Path dir, Map<String, byte[]> out) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.put(dir.relativize(p).toString().replace('\\', '/'), in.readAllBytes());
                }
            }
        }
    }
}
