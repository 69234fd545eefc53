package org.broadsheet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files under content/ are articles, and how the files an editor leaves behind are treated. */
class ContentScanTest {
    @TempDir
    Path site;

    @Test
    void articlesInAnySubFolderAreFoundAndOtherFilesIgnored() {
        InlineSite.write(site, """
                -- content/a/b/c/deep.md --
                A deeply nested article.
                -- content/long-name.markdown --
                An article with the long Markdown extension.
                -- content/UPPER.TXT --
                An article with an upper-case extension.
                -- content/photo-caption.json --
                {"not": "an article"}
                -- content/notes.docx --
                not an article either
                -- content/.hidden.md --
                A hidden file.
                -- content/.drafts/secret.md --
                In a hidden folder.
                -- content/backup.md~ --
                An editor's backup copy.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        assertTrue(run.out().contains("Built 3 article(s)"), run.transcript());
        Path articles = site.resolve("site-output/articles");
        assertTrue(Files.isRegularFile(articles.resolve("deep.html")));
        assertTrue(Files.isRegularFile(articles.resolve("long-name.html")));
        assertTrue(Files.isRegularFile(articles.resolve("upper.html")));
        assertFalse(Files.exists(articles.resolve("secret.html")));
        assertFalse(Files.exists(articles.resolve("hidden.html")));
        assertTrue(
                InlineSite.read(articles.resolve("deep.html")).contains("content/a/b/c/deep.md"),
                "the page names its source file relative to the site");
    }

    @Test
    void windowsAndOldMacLineEndingsAreRead() throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.write(
                site.resolve("content/crlf.md"),
                ("---\r\ntitle: Written on Windows\r\ndate: 2018-05-06\r\n---\r\n"
                                + "First paragraph.\r\n\r\nSecond paragraph.\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(
                site.resolve("content/cr.txt"),
                "---\rtitle: Written on an old Mac\r---\rOnly line.\r".getBytes(StandardCharsets.UTF_8));

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        String crlf = InlineSite.read(site.resolve("site-output/articles/crlf.html"));
        assertTrue(crlf.contains("<h1>Written on Windows</h1>"), crlf);
        assertTrue(crlf.contains("<p>First paragraph.</p>") && crlf.contains("<p>Second paragraph.</p>"), crlf);
        assertFalse(crlf.contains("\r"), "no carriage returns reach the page");
        assertTrue(Files.isRegularFile(site.resolve("site-output/archive/2018/05/index.html")), "the date is read");
        assertTrue(InlineSite.read(site.resolve("site-output/articles/cr.html"))
                .contains("<h1>Written on an old Mac</h1>"));
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor() {
        InlineSite.write(site, """
                -- content/published.md --
                The published article.
                -- content/unfinished.md --
                ---
                title: Not ready yet
                draft: true
                ---
                Still being written.
                """);

        InlineSite.Run normal = InlineSite.build(site);

        assertEquals(0, normal.exit(), normal.transcript());
        assertFalse(Files.exists(site.resolve("site-output/articles/unfinished")));
        assertFalse(InlineSite.read(site.resolve("site-output/index.html")).contains("Not ready yet"));

        InlineSite.Run drafts = InlineSite.build(site, "--drafts");

        assertEquals(0, drafts.exit(), drafts.transcript());
        assertTrue(InlineSite.read(site.resolve("site-output/articles/unfinished.html"))
                .contains("Not ready yet"));
    }
}
