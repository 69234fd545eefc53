package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet new}: a new article that builds as it is, and never an overwritten one. */
class NewCommandTest {
    @TempDir
    Path site;

    @Test
    void createsAnArticleWithFrontMatterThatBuilds() {
        InlineSite.Run created =
                InlineSite.run("new", "--source", site.toString(), "--date", "2022-03-14", "Title: \"Storm\" #1");

        assertEquals(0, created.exit(), created.transcript());
        Path file = site.resolve("content/title-storm-1.md");
        assertTrue(Files.isRegularFile(file), created.transcript());
        String text = InlineSite.read(file);
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("date: 2022-03-14"), text);

        InlineSite.Run built = InlineSite.build(site);

        assertEquals(0, built.exit(), built.transcript());
        String page = InlineSite.read(site.resolve("site-output/articles/title-storm-1.html"));
        assertTrue(page.contains("<h1>Title: &quot;Storm&quot; #1</h1>"), "the title survives YAML quoting\n" + page);
        assertTrue(Files.isRegularFile(site.resolve("site-output/archive/2022/03/index.html")), "the date is used");
    }

    @Test
    void titleGivesTheFileName() {
        InlineSite.Run run = InlineSite.run("new", "--source", site.toString(), "Title");

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("content/title.md")), run.transcript());
        assertTrue(run.out().contains("title.md"), run.transcript());
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/title.md"), "My own words.\n");

        InlineSite.Run run = InlineSite.run("new", "--source", site.toString(), "Title");

        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("already exists"), run.transcript());
        assertEquals("My own words.\n", InlineSite.read(site.resolve("content/title.md")));
    }

    @Test
    void badDateIsAUsageError() {
        InlineSite.Run run = InlineSite.run("new", "--source", site.toString(), "--date", "tomorrow", "Title");

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("--date"), run.transcript());
        assertTrue(!Files.exists(site.resolve("content/title.md")));
    }
}
