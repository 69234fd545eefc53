package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a slug, a title or a tag says, nothing is written outside the output folder. */
class OutputConfinementTest {
    @TempDir
    Path dir;

    @Test
    void pathLikeFrontMatterStaysInsideTheOutputFolder() throws Exception {
        // the site sits five folders down, so "../" escapes would land inside the temp folder, where we can see them
        Path site = InlineSite.write(dir.resolve("a/b/c/d/site"), """
                -- content/escape.md --
                ---
                title: ../../../../etc/passwd
                slug: ../../x
                tags: [../../up, "..\\\\win", /abs, "a/../../b"]
                author: ../../author
                source: ../source
                summary: ../../../summary
                place: ../../../../unknown-key
                url: ../../../../original
                ---
                Text that mentions ../../ and /etc/passwd.
                -- content/sub/..hidden-looking.txt --
                A file whose name starts with two dots.
                """);
        Map<String, Long> before = tree(dir);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        Map<String, Long> after = tree(dir);
        after.keySet().removeIf(p -> p.startsWith("a/b/c/d/site/site-output/"));
        // Broadsheet's own analysis cache (site/.broadsheet/) is not something front matter can steer
        after.keySet().removeIf(p -> p.startsWith("a/b/c/d/site/.broadsheet/"));
        assertEquals(before, after, "nothing outside site-output was written or removed");
        Path out = site.resolve("site-output");
        try (Stream<Path> walk = Files.walk(out)) {
            walk.forEach(p -> assertTrue(p.toAbsolutePath().normalize().startsWith(out), p.toString()));
        }
        String page = InlineSite.read(out.resolve("articles/x.html"));
        assertTrue(page.contains("<h1>../../../../etc/passwd</h1>"), "the title is shown as written");
        for (String tag : new String[] {"up", "win", "abs", "a-b"}) {
            assertTrue(
                    Files.isRegularFile(out.resolve("tags/" + tag + "/index.html")),
                    "tags/" + tag + "/\n" + run.transcript());
        }
    }

    /** Every file and folder under root with its size (folders -1), by relative path. */
    private static Map<String, Long> tree(Path root) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                out.put(rel + (folder ? "/" : ""), folder ? -1L : Files.size(p));
            }
        }
        return out;
    }
}
