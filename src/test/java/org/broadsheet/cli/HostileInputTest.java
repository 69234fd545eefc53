package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.broadsheet.output.OutputFolder;
import org.broadsheet.output.OutputLock;
import org.broadsheet.serve.SiteWatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input audit of issue 13, one test per defect it found, each run through the real
 * command line: what a user sees (exit status, the message naming the file) and what the site holds.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    /** Defect 1: no spelling of javascript:, data: or vbscript: becomes a live link or image. */
    @Test
    void scriptUrlsInMarkdownLinksArePlainText() throws Exception {
        Path site = InlineSite.write(dir, """
                -- content/x.md --
                ---
                title: Links
                ---
                [c](JAVASCRIPT:alert(1)) [d](javascript&colon;alert(2)) [e](&#106;avascript:alert(3)) [f](&#9;javascript:alert(4)) <JAVASCRIPT:alert(5)>

                [g](data:text/html;base64,PHNjcmlwdD4=) [h](vbscript:msgbox) [i](java\tscript:alert(6)) [j][ref] ![k](javascript:alert(7))

                [ref]: javascript:alert(8)

                [ok](https://news.example.org/a) [rel](../other/) [frag](#top) [mail](mailto:desk@example.org) <https://example.org/x>
                """);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Document page = Jsoup.parse(site.resolve("site-output/articles/x.html").toFile(), "UTF-8");
        Element body = page.selectFirst(".article-body");
        for (Element e : page.select("[href], [src]")) {
            String url = (e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s\\p{Cntrl}]", "");
            assertFalse(
                    url.startsWith("javascript:") || url.startsWith("data:") || url.startsWith("vbscript:"),
                    "live link " + e.outerHtml());
        }
        assertTrue(body.text().contains("c d e f"), "the link texts stay as text: " + body.html());
        assertEquals(
                "https://news.example.org/a", body.selectFirst("a:contains(ok)").attr("href"));
        assertEquals("../other/", body.selectFirst("a:contains(rel)").attr("href"));
        assertEquals("#top", body.selectFirst("a:contains(frag)").attr("href"));
        assertEquals(
                "mailto:desk@example.org", body.selectFirst("a:contains(mail)").attr("href"));
        assertTrue(Files.readString(site.resolve("content/x.md")).contains("JAVASCRIPT:alert(1)"), "source intact");
    }

    /** Defect 1, raw HTML: a site that allows it keeps its markup but never its script. */
    @Test
    void unsafeHtmlKeepsMarkupButNotScript() throws Exception {
        Path site = InlineSite.write(dir, """
                -- site.yaml --
                unsafeHtml: true
                -- content/raw.md --
                ---
                title: Raw
                ---
                <b>bold</b> <a href="JaVaScRiPt:alert(1)">x</a> <a href="&#9;javascript:alert(2)">y</a>
                <img src="x" onerror="alert(3)"> <script>alert(4)</script> <a href="https://example.org/">ok</a>
                """);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Element body = Jsoup.parse(site.resolve("site-output/articles/raw.html").toFile(), "UTF-8")
                .selectFirst(".article-body");
        assertEquals("bold", body.selectFirst("b").text());
        assertTrue(body.select("script, [onerror]").isEmpty(), body.html());
        for (Element a : body.select("a[href]")) {
            assertFalse(a.attr("href").toLowerCase(Locale.ROOT).strip().startsWith("javascript"), a.outerHtml());
        }
        assertEquals("https://example.org/", body.selectFirst("a:contains(ok)").attr("href"));
    }

    private static final String ARTICLE = """
            ---
            title: Council meets
            date: 2021-03-04
            ---
            The council met on Thursday and approved the new budget.
            """;

    /** Defect 2: an --output that is a link to content/ (or to the site folder, or its parent) is refused. */
    @Test
    void linkedOutputIsJudgedByItsRealPath() throws Exception {
        Path site = InlineSite.write(dir.resolve("site"), "-- content/robots.txt --\nAn article called robots.\n");
        for (Path target : List.of(site.resolve("content"), site, dir)) {
            Path link = symlink(dir.resolve("link-" + target.getFileName()), target);
            InlineSite.Run run = InlineSite.build(site, "--output", link.toString());
            assertEquals(2, run.exit(), run.transcript());
            assertTrue(
                    run.err().contains("link-" + target.getFileName())
                            && run.err().contains("may not"),
                    run.transcript());
        }
        assertEquals("An article called robots.\n", Files.readString(site.resolve("content/robots.txt")));
        try (Stream<Path> inContent = Files.list(site.resolve("content"))) {
            assertEquals(1, inContent.count(), "nothing was written into content/");
        }
    }

    /** Defect 3: 1,000 nested block quotes or list items are one article's error; the rest builds. */
    @Test
    void deepNestingIsThatArticlesError() throws Exception {
        Path site = InlineSite.write(dir, "-- content/ok.md --\n" + ARTICLE);
        Files.writeString(site.resolve("content/quotes.md"), "Intro.\n\n" + ">".repeat(1000) + " deep\n");
        Files.writeString(site.resolve("content/lists.md"), "- ".repeat(1000) + "deep\n");
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("error: content/quotes.md:3: Markdown nested more than"), run.transcript());
        assertTrue(run.err().contains("error: content/lists.md:1: Markdown nested more than"), run.transcript());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/ok.html")));
        assertFalse(Files.exists(site.resolve("site-output/.broadsheet-staging")));
        try (Stream<Path> walk = Files.walk(site.resolve(".broadsheet/publish"))) {
            assertTrue(walk.noneMatch(p -> p.getFileName().toString().startsWith("staging-")), "no staging left");
        }
    }

    /** Defect 3, serve: a build that throws an Error does not end the watch; the next edit is delivered. */
    @Test
    void watcherSurvivesABuildThatOverflowsTheStack() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        BlockingQueue<Set<Path>> delivered = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        try (SiteWatcher watcher = new SiteWatcher(List.of(content), Duration.ofMillis(50), changed -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError();
            }
            delivered.add(changed);
        })) {
            watcher.start();
            Files.writeString(content.resolve("a.md"), "first");
            for (int i = 0; i < 50 && calls.get() == 0; i++) {
                Thread.sleep(100);
            }
            Files.writeString(content.resolve("b.md"), "second");
            Set<Path> next = delivered.poll(20, TimeUnit.SECONDS);
            assertNotNull(next, "the watcher died with the first build");
            assertTrue(next.contains(content.resolve("b.md")), next.toString());
        }
    }

    /** Defect 4: a link under content/ to a file outside the site folder is not followed, and is named. */
    @Test
    void linksOutOfTheSiteAreNotFollowed() throws Exception {
        Path secret = dir.resolve("elsewhere/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "root:x:0:0:the secret account line\n");
        Path site = InlineSite.write(dir.resolve("site"), "-- content/ok.md --\n" + ARTICLE);
        symlink(site.resolve("content/passwd.txt"), secret);
        symlink(site.resolve("content/etc"), secret.getParent());
        Files.createDirectories(site.resolve("templates/assets"));
        symlink(site.resolve("templates/assets/leak.txt"), secret);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(
                run.err().contains("warning: content/passwd.txt: symbolic link to")
                        && run.err().contains("not followed"),
                run.transcript());
        assertTrue(run.err().contains("warning: content/etc: symbolic link to"), run.transcript());
        assertTrue(run.err().contains("warning: templates/assets/leak.txt: symbolic link to"), run.transcript());
        assertFalse(Files.exists(site.resolve("site-output/assets/leak.txt")), "the linked asset is not published");
        for (var file : InlineSite.files(site.resolve("site-output")).entrySet()) {
            assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains("secret account"), file.getKey());
        }
    }

    /** Defect 6: a second build on an output in use refuses at once, naming the holder; a stale lock is taken over. */
    @Test
    void aSecondBuildOnTheSameOutputRefuses() throws Exception {
        Path site = InlineSite.write(dir, "-- content/ok.md --\n" + ARTICLE);
        Path output = site.resolve("site-output");
        Path work = OutputFolder.workFolder(site, output);
        try (OutputLock held = OutputLock.acquire(output, work)) {
            InlineSite.Run run = InlineSite.build(site);
            assertEquals(2, run.exit(), run.transcript());
            assertTrue(
                    run.err().contains("in use by another broadsheet")
                            && run.err()
                                    .contains("PID " + ProcessHandle.current().pid()),
                    run.transcript());
            assertFalse(Files.exists(output.resolve("articles")), "nothing was written");
        }
        Files.writeString(work.resolve("lock"), "999999\n"); // left by a killed build: no process holds it
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isRegularFile(output.resolve("articles/ok.html")));
    }

    /** Defect 8: an unreadable folder is an error (exit 1), and its articles stay published. */
    @Test
    void unreadableFolderIsAnErrorAndKeepsItsPages() throws Exception {
        Path site = InlineSite.write(
                dir.resolve("site"),
                "-- content/ok.md --\n" + ARTICLE + "-- content/locked/kept.md --\n"
                        + ARTICLE.replace("Council meets", "Kept article"));
        boolean root = UnprivilegedBuild.root();
        if (root) {
            UnprivilegedBuild.openUp(dir);
        }
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        InlineSite.Run first = UnprivilegedBuild.build(site, scratch);
        assertEquals(0, first.exit(), first.transcript());
        Path locked = site.resolve("content/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            InlineSite.Run run = UnprivilegedBuild.build(site, scratch);
            assertEquals(1, run.exit(), run.transcript());
            assertTrue(run.err().contains("error: content/locked: cannot be read"), run.transcript());
            assertTrue(Files.isRegularFile(site.resolve("site-output/articles/kept.html")), "its page is kept");
            assertTrue(Files.isRegularFile(site.resolve("site-output/articles/ok.html")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
    }

    /** Defect 9: an article over the size cap is refused with a message naming it; the rest builds. */
    @Test
    void anArticleOverTheSizeCapIsRefusedByName() throws Exception {
        Path site = InlineSite.write(dir, "-- content/ok.md --\n" + ARTICLE);
        Path big = site.resolve("content/dump.txt");
        byte[] line = "A line of a very long wire dump that nobody meant to publish as one article.\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written <= 65L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err().contains("error: content/dump.txt: file is 65 MB; articles larger than 64 MB are skipped"),
                run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/ok.html")));
    }

    /** Defect 10: control characters never reach the feed (which stays XML); a NUL is refused in UTF-16 too. */
    @Test
    void controlCharactersKeepTheFeedXmlAndNulIsRefused() throws Exception {
        Path site = InlineSite.write(
                dir,
                "-- site.yaml --\nbaseUrl: https://news.example.org/\n"
                        + "-- content/ctl.md --\n"
                        + ARTICLE.replace("Council meets", "Council \u000c meets \u001b[31m")
                                .replace("approved", "approved\u000b the \u0001 budget"));
        Files.write(site.resolve("content/wide.txt"), utf16("A wire story\u0000 saved as UTF-16.\n"));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(run.err().contains("error: content/wide.txt:1: binary file (NUL character)"), run.transcript());
        Path feed = site.resolve("site-output/feed.xml");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(feed.toFile()); // throws when not XML
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(site.resolve("site-output/sitemap.xml").toFile());
        String page = Files.readString(site.resolve("site-output/articles/ctl.html"));
        assertFalse(
                page.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), "no controls in the page");
        assertTrue(Files.readString(feed).contains("Council"), "the article is in the feed");
    }

    /** Defect 11: a paragraph of 30,000 link openings is refused at once; a file name cannot forge a message line. */
    @Test
    void quadraticMarkdownIsRefusedAndFileNamesAreEscaped() throws Exception {
        Path site = InlineSite.write(dir, "-- content/ok.md --\n" + ARTICLE);
        Files.writeString(site.resolve("content/links.md"), "Title line\n\n" + "[a](".repeat(30_000) + "\n");
        Path forged = site.resolve("content/x\nerror: forged.md: fake.md");
        Files.writeString(forged, "");
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(1, run.exit(), run.transcript());
        assertTrue(
                run.err()
                        .contains(
                                "error: content/links.md:3: the paragraph starting here has more than 1000 link openings"),
                run.transcript());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("error: forged.md")), run.transcript());
        assertTrue(run.err().contains("content/x\\nerror: forged.md: fake.md"), run.transcript());
        assertTrue(Files.isRegularFile(site.resolve("site-output/articles/ok.html")));
    }

    private static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
            return link;
        }
    }
}
