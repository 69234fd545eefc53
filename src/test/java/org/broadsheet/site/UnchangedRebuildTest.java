package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs are all as they were returns at once, with the same problems and exit status as the
 * build before; any change a user makes (an article, site.yaml, a template, the output itself) builds again.
 */
class UnchangedRebuildTest {
    private static final String SITE = """
            -- site.yaml --
            title: Stamp test
            -- content/one.md --
            ---
            title: One
            date: 2020-01-02
            ---
            The mayor said “we will build it” on Monday.
            -- content/two.txt --
            Police in Leeds said the road reopened on Tuesday.
            -- content/broken.md --
            ---
            title: [unclosed
            ---
            Text.
            """;

    @TempDir
    Path site;

    @Test
    void nothingChangedMeansNothingIsDoneAndTheSameProblemsAreReported() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run first = InlineSite.build(site);
        assertEquals(1, first.exit(), first.transcript());
        assertTrue(first.out().contains("(2 analysed)"), first.transcript());
        InlineSite.Run second = InlineSite.build(site);
        assertEquals(1, second.exit(), "a broken article still fails the build: " + second.transcript());
        assertTrue(second.out().startsWith("Up to date: 2 article(s)"), second.transcript());
        assertTrue(
                second.err().contains("content/broken.md"), "the broken file is named again: " + second.transcript());
        assertEquals(first.err(), second.err());
    }

    @Test
    void anEditedArticleIsBuiltAgain() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.build(site);
        Path two = site.resolve("content/two.txt");
        Files.writeString(two, "Police in Leeds said the bridge reopened on Tuesday.\n");
        Files.setLastModifiedTime(two, FileTime.from(Instant.now().plusSeconds(5)));
        InlineSite.Run again = InlineSite.build(site);
        assertTrue(again.out().startsWith("Built 2 article(s) (1 analysed)"), again.transcript());
        assertTrue(
                InlineSite.read(site.resolve("site-output/articles/two.html")).contains("bridge"));
    }

    @Test
    void settingsTemplatesAndTheOutputFolderCount() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.build(site);
        Files.writeString(site.resolve("site.yaml"), "title: A new name\n");
        assertTrue(InlineSite.build(site).out().startsWith("Built"));
        assertTrue(InlineSite.read(site.resolve("site-output/index.html")).contains("A new name"));

        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.ftlh"), "<p>Lost in the stamp test</p>\n");
        InlineSite.build(site);
        assertTrue(InlineSite.read(site.resolve("site-output/404.html")).contains("Lost in the stamp test"));

        deleteTree(site.resolve("site-output"));
        InlineSite.Run rebuilt = InlineSite.build(site);
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/one.html")), rebuilt.transcript());

        InlineSite.Run other =
                InlineSite.build(site, "--output", site.resolve("elsewhere").toString());
        assertTrue(Files.isRegularFile(site.resolve("elsewhere/articles/one.html")), other.transcript());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
