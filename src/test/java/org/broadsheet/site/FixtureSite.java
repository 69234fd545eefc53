package org.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture site from src/test/resources/sites/ into a temporary folder, so builds never write into resources. */
final class FixtureSite {
    private FixtureSite() {}

    static Path copy(String name, Path into) {
        try {
            Path from = Path.of(FixtureSite.class
                            .getResource("/sites/" + name + "/site.yaml")
                            .toURI())
                    .getParent();
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = into.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
