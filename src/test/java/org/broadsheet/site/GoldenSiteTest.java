package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site under src/test/resources/sites/golden-basic and compares every generated file
 * (theme assets aside) with src/test/resources/golden/basic. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path SITE = Path.of("src/test/resources/sites/golden-basic");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/basic");

    @Test
    void generatedSiteMatchesGoldenFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BuildReport report = new SiteBuilder(new BuildOptions(SITE, out, null, false, false)).build();
        assertFalse(report.hasErrors(), () -> report.problems().toString());

        List<String> produced = files(out);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(GOLDEN)) {
                try (Stream<Path> old = Files.walk(GOLDEN)) {
                    for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (String rel : produced) {
                Path target = GOLDEN.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(out.resolve(rel), target);
            }
        }
        assertEquals(files(GOLDEN), produced, "the set of generated files changed");
        for (String rel : produced) {
            if (rel.endsWith(".bin")) {
                assertArrayEquals(
                        Files.readAllBytes(GOLDEN.resolve(rel)),
                        Files.readAllBytes(out.resolve(rel)),
                        "bytes of " + rel);
            } else {
                assertEquals(read(GOLDEN.resolve(rel)), read(out.resolve(rel)), "content of " + rel);
            }
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith("assets/") && !rel.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
