package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet build}: what a successful build writes, and which folders it refuses (exit 2). */
class BuildCommandTest {
    private static final String SITE = """
            -- site.yaml --
            title: Harbour Gazette
            baseUrl: https://harbour.example.org/
            -- content/harbour-dredging.md --
            ---
            title: Harbour dredging begins
            date: 2021-04-12
            tags: [port]
            ---
            Dredgers arrived in the harbour on Monday to deepen the main channel.
            -- content/ferry-timetable.txt --
            The winter ferry timetable starts next week, the operator said.
            """;

    @TempDir
    Path dir;

    @Test
    void buildWritesTheWholeSiteAndExitsZero() {
        Path site = InlineSite.write(dir, SITE);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(run.out().contains("Built 2 article(s)"), run.transcript());
        Path out = site.resolve("site-output");
        for (String file : List.of(
                "index.html",
                "feed.xml",
                "sitemap.xml",
                "robots.txt",
                "404.html",
                "articles/harbour-dredging.html",
                "articles/harbour-dredging.json",
                "articles/ferry-timetable.html",
                "articles/ferry-timetable.json",
                "assets/style.css")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " is written\n" + run.transcript());
        }
        assertTrue(
                InlineSite.read(out.resolve("articles/harbour-dredging.html")).contains("Dredgers arrived"));
        assertTrue(InlineSite.read(out.resolve("index.html")).contains("Harbour Gazette"));
    }

    @Test
    void outputOptionWritesElsewhere() {
        Path site = InlineSite.write(dir.resolve("site"), SITE);
        Path elsewhere = dir.resolve("public");

        InlineSite.Run run = InlineSite.build(site, "--output", elsewhere.toString());

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isRegularFile(elsewhere.resolve("articles/harbour-dredging.html")));
        assertFalse(Files.exists(site.resolve("site-output")), "nothing is written to the default folder");
    }

    @Test
    void outputFolderMayNotBeTheSiteFolder() {
        Path site = InlineSite.write(dir, SITE);

        InlineSite.Run run = InlineSite.build(site, "--output", site.toString());

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("may not be the site folder"), run.transcript());
        assertFalse(Files.exists(site.resolve("index.html")), "nothing is written");
        assertTrue(Files.isRegularFile(site.resolve("content/ferry-timetable.txt")), "the content is still there");
    }

    @Test
    void outputFolderMayNotContainTheSiteFolder() {
        Path site = InlineSite.write(dir.resolve("archive/site"), SITE);

        InlineSite.Run run =
                InlineSite.build(site, "--output", dir.resolve("archive").toString());

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("may not be the site folder or contain it"), run.transcript());
        assertFalse(Files.exists(dir.resolve("archive/index.html")), "nothing is written");
    }

    @Test
    void outputFolderMayNotBeInsideContent() {
        Path site = InlineSite.write(dir, SITE);

        InlineSite.Run run =
                InlineSite.build(site, "--output", site.resolve("content/out").toString());

        assertEquals(2, run.exit(), run.transcript());
        assertFalse(Files.exists(site.resolve("content/out")), "nothing is written");
    }

    @Test
    void missingContentFolderIsAUsageError() {
        InlineSite.Run run = InlineSite.build(dir);

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("content/"), run.transcript());
    }

    @Test
    void baseUrlMustBeHttp() {
        Path site = InlineSite.write(dir, SITE);

        InlineSite.Run run = InlineSite.build(site, "--base-url", "ftp://example.org/");

        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("--base-url"), run.transcript());
    }
}
