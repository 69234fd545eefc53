package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
        Document page = Jsoup.parse(site.resolve("site-output/articles/x/index.html").toFile(), "UTF-8");
        Element body = page.selectFirst(".article-body");
        for (Element e : page.select("[href], [src]")) {
            String url = (e.hasAttr("href") ? e.attr("href") : e.attr("src")).toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s\\p{Cntrl}]", "");
            assertFalse(url.startsWith("javascript:") || url.startsWith("data:") || url.startsWith("vbscript:"),
                    "live link " + e.outerHtml());
        }
        assertTrue(body.text().contains("c d e f"), "the link texts stay as text: " + body.html());
        assertEquals("https://news.example.org/a", body.selectFirst("a:contains(ok)").attr("href"));
        assertEquals("../other/", body.selectFirst("a:contains(rel)").attr("href"));
        assertEquals("#top", body.selectFirst("a:contains(frag)").attr("href"));
        assertEquals("mailto:desk@example.org", body.selectFirst("a:contains(mail)").attr("href"));
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
        Element body = Jsoup.parse(site.resolve("site-output/articles/raw/index.html").toFile(), "UTF-8")
                .selectFirst(".article-body");
        assertEquals("bold", body.selectFirst("b").text());
        assertTrue(body.select("script, [onerror]").isEmpty(), body.html());
        for (Element a : body.select("a[href]")) {
            assertFalse(a.attr("href").toLowerCase(Locale.ROOT).strip().startsWith("javascript"), a.outerHtml());
        }
        assertEquals("https://example.org/", body.selectFirst("a:contains(ok)").attr("href"));
    }
}
