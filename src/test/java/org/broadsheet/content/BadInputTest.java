package org.broadsheet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One bad article never stops a build: the message names the file (and the line where there is
 * one), every other article is still published, and the build exits 1 at the end.
 */
class BadInputTest {
    @TempDir
    Path site;

    @BeforeEach
    void goodArticle() {
        InlineSite.write(site, """
                -- content/good.md --
                ---
                title: Bridge reopens after repairs
                date: 2020-06-01
                ---
                The old bridge reopened to traffic on Monday after two years of repairs.
                """);
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws Exception {
        byte[] latin1 = "Caf\u00e9 owners met on Tuesday.\nThe mayor said the caf\u00e9 would stay.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(site.resolve("content/latin1.txt"), latin1);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/latin1.txt:1: ", "UTF-8");
    }

    @Test
    void invalidUtf8OnALaterLineNamesThatLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("First paragraph is fine.\nSecond is fine too.\nThird has a bad byte: "
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("\n".getBytes(StandardCharsets.UTF_8));
        Files.write(site.resolve("content/broken.txt"), bytes.toByteArray());

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/broken.txt:3: ", "UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void byteOrderMarkedTextIsReadCorrectly(String charset) throws Exception {
        String text = "---\ntitle: Z\u00fcrich \u00e9lection\ndate: 2019-10-20\n---\n"
                + "Voters in Z\u00fcrich chose a new council \u2014 \u201cfinally\u201d, one said.\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(
                charset.equals("UTF-8")
                        ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : charset.equals("UTF-16LE")
                                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                                : new byte[] {(byte) 0xFE, (byte) 0xFF});
        bytes.write(text.getBytes(Charset.forName(charset)));
        Files.write(site.resolve("content/zurich.md"), bytes.toByteArray());

        InlineSite.Run run = InlineSite.build(site);

        assertEquals(0, run.exit(), run.transcript());
        String page = InlineSite.read(site.resolve("site-output/articles/zurich.html"));
        assertTrue(page.contains("<h1>Z\u00fcrich \u00e9lection</h1>"), "front matter after the BOM is read\n" + page);
        assertTrue(page.contains("Voters in Z\u00fcrich chose a new council \u2014"), page);
        assertFalse(page.contains("\uFEFF"), "the BOM is not shown");
        assertTrue(Files.isRegularFile(site.resolve("site-output/archive/2019/10/index.html")), "the date is read");
    }

    @Test
    void brokenFrontMatterYamlNamesTheLine() throws Exception {
        Files.writeString(site.resolve("content/broken-yaml.md"), """
                ---
                title: Harbour strike
                date: 2019-05-02
                tags: [ports, labour]]
                ---
                Dock workers walked out on Thursday.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/broken-yaml.md:4: ", "YAML");
    }

    @Test
    void unclosedFrontMatterIsReported() throws Exception {
        Files.writeString(site.resolve("content/unclosed.md"), """
                ---
                title: Harbour strike
                Dock workers walked out on Thursday.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/unclosed.md:1: ", "never closed");
    }

    @Test
    void wrongDateTypeNamesTheLineOfTheKey() throws Exception {
        Files.writeString(site.resolve("content/yesterday.md"), """
                ---
                title: Storm damage
                author: Staff reporter
                date: yesterday
                ---
                The storm brought down trees across the county.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/yesterday.md:4: ", "date: yesterday");
    }

    @Test
    void wrongDraftTypeNamesTheLineOfTheKey() throws Exception {
        Files.writeString(site.resolve("content/maybe.md"), """
                ---
                title: Storm damage
                draft: perhaps
                ---
                The storm brought down trees across the county.
                """);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/maybe.md:3: ", "draft");
    }

    @Test
    void emptyFileIsReported() throws Exception {
        Files.write(site.resolve("content/empty.txt"), new byte[0]);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/empty.txt: ", "empty");
    }

    @Test
    void frontMatterWithoutTextIsReported() throws Exception {
        Files.writeString(site.resolve("content/no-body.md"), "---\ntitle: Nothing here\n---\n\n");

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/no-body.md", "no text");
    }

    @Test
    void binaryFileIsReported() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        };
        Files.write(site.resolve("content/photo.txt"), png);

        InlineSite.Run run = InlineSite.build(site);

        assertBadArticleReported(run, "content/photo.txt", "binary");
    }

    /** The message names the file (and line), the good article is built, and the exit status is 1. */
    private void assertBadArticleReported(InlineSite.Run run, String location, String words) {
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err().lines().anyMatch(l -> l.startsWith("error: " + location) && l.contains(words)),
                "expected an error at " + location + " mentioning '" + words + "'\n" + run.transcript());
        assertTrue(run.err().contains("1 error(s)"), run.transcript());
        assertTrue(run.out().contains("Built 1 article(s)"), run.transcript());
        assertTrue(
                InlineSite.read(site.resolve("site-output/articles/good.html")).contains("The old bridge reopened"),
                "the rest of the archive is built");
    }
}
