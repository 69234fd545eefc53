package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pagination, the date archive, previous/next links, canonical URLs and JSON-LD, as a reader or crawler meets them. */
class SiteStructureTest {
    private static final String SITE = """
            -- site.yaml --
            title: Structure Gazette
            pageSize: 2
            -- content/a.md --
            ---
            title: Alpha in November
            date: 2019-11-03
            ---
            The first article of November.
            -- content/b.md --
            ---
            title: Bravo in November
            date: 2019-11-20
            ---
            The second article of November.
            -- content/c.txt --
            ---
            title: Charlie in December
            date: 2019-12-01
            ---
            The December article.
            -- content/d.md --
            ---
            title: Delta in 2020
            date: 2020-02-14
            ---
            An article of the next year.
            -- content/e.md --
            ---
            title: Echo in 2021
            date: 2021-07-04
            ---
            The newest article.
            -- content/undated/f.txt --
            The undated article about the harbour, with no front matter at all.
            """;

    @TempDir
    Path site;

    Path out;

    @BeforeEach
    void build() {
        InlineSite.write(site, SITE);
        out = site.resolve("site-output");
    }

    private Path built(String... options) {
        InlineSite.Run run = InlineSite.build(site, options);
        assertEquals(0, run.exit(), run.transcript());
        return out;
    }

    @Test
    void homePageIsPaginatedNewestFirst() {
        built();

        assertEquals(List.of("Echo in 2021", "Delta in 2020"), cardTitles("index.html"));
        assertEquals(List.of("Charlie in December", "Bravo in November"), cardTitles("page/2.html"));
        assertEquals(
                List.of("Alpha in November", "The undated article about the harbour, with no front matter at all"),
                cardTitles("page/3.html").stream()
                        .map(t -> t.replaceAll("[.…]$", ""))
                        .toList());
        assertFalse(Files.exists(out.resolve("page/4")), "no empty page");
        assertFalse(Files.exists(out.resolve("page/1")), "page 1 is the home page");

        Document two = page("page/2.html");
        assertEquals("../index.html", two.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../page/3.html", two.selectFirst("a[rel=next]").attr("href"));
        assertNull(page("index.html").selectFirst(".pager a[rel=prev]"), "the first page has no previous page");
        assertNull(page("page/3.html").selectFirst(".pager a[rel=next]"), "the last page has no next page");
    }

    @Test
    void archiveListsArticlesByYearMonthAndUndated() {
        built();

        assertEquals(List.of("Charlie in December", "Bravo in November"), cardTitles("archive/2019/index.html"));
        assertEquals(List.of("Alpha in November"), cardTitles("archive/2019/page/2.html"));
        assertEquals(List.of("Bravo in November", "Alpha in November"), cardTitles("archive/2019/11/index.html"));
        assertEquals(List.of("Charlie in December"), cardTitles("archive/2019/12/index.html"));
        assertEquals(List.of("Delta in 2020"), cardTitles("archive/2020/02/index.html"));
        assertEquals(List.of("Echo in 2021"), cardTitles("archive/2021/index.html"));
        assertEquals(1, cardTitles("archive/undated/index.html").size());
        assertTrue(cardTitles("archive/undated/index.html").get(0).startsWith("The undated article"));
        assertFalse(Files.exists(out.resolve("archive/2019/10")), "no page for a month without articles");

        String index = page("archive/index.html").text();
        assertTrue(index.contains("2019") && index.contains("November") && index.contains("December"), index);
        assertTrue(index.contains("Undated"), index);
    }

    @Test
    void articlesLinkToThePreviousAndNextByDate() {
        built();

        Document bravo = page("articles/b.html");
        assertEquals("../articles/a.html", bravo.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(bravo.selectFirst("a[rel=prev]").text().contains("Alpha in November"));
        assertEquals("../articles/c.html", bravo.selectFirst("a[rel=next]").attr("href"));
        assertNull(page("articles/a.html").selectFirst("a[rel=prev]"), "the oldest has no previous article");
        assertNull(page("articles/e.html").selectFirst("a[rel=next]"), "the newest has no next article");
        assertEquals(
                "../articles/d.html",
                page("articles/e.html").selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void noCanonicalUrlWithoutBaseUrl() {
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());

        for (Path p : InlineSite.htmlPages(out)) {
            Document doc = Jsoup.parse(read(p));
            assertNull(doc.selectFirst("link[rel=canonical]"), p.toString());
            assertNull(doc.selectFirst("meta[property=og:url]"), p.toString());
        }
        assertFalse(
                Files.exists(out.resolve("sitemap.xml")),
                "a sitemap may only hold absolute URLs: none without baseUrl");
        assertFalse(read(out.resolve("robots.txt")).contains("Sitemap:"), read(out.resolve("robots.txt")));
        String transcript = run.transcript();
        assertEquals(1, transcript.split("no sitemap.xml", -1).length - 1, "warned once: " + transcript);
        assertTrue(transcript.contains("warning: site.yaml: no baseUrl"), transcript);
    }

    @Test
    void canonicalUrlIsAbsoluteWithBaseUrl() {
        built("--base-url", "https://news.example.org/archive");

        Document article = page("articles/b.html");
        assertEquals(
                "https://news.example.org/archive/articles/b.html",
                article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "https://news.example.org/archive/articles/b.html",
                article.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(
                "https://news.example.org/archive/page/2.html",
                page("page/2.html").selectFirst("link[rel=canonical]").attr("href"));
        for (Path p : InlineSite.htmlPages(out)) {
            Element canonical = Jsoup.parse(read(p)).selectFirst("link[rel=canonical]");
            if (canonical != null) {
                assertTrue(
                        canonical.attr("href").startsWith("https://news.example.org/archive/"), p + ": " + canonical);
            }
        }
        assertTrue(read(out.resolve("sitemap.xml"))
                .contains("<loc>https://news.example.org/archive/articles/b.html</loc>"));
        assertTrue(read(out.resolve("robots.txt")).contains("Sitemap: https://news.example.org/archive/sitemap.xml"));
        assertTrue(
                page("articles/b.html").selectFirst("a[rel=prev]").attr("href").startsWith("../"),
                "links between pages stay relative");
    }

    @Test
    void articlePagesCarryNewsArticleJsonLd() throws Exception {
        built("--base-url", "https://news.example.org/");

        JsonNode ld = jsonLd("articles/b.html");
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("NewsArticle", ld.get("@type").asText());
        assertEquals("Bravo in November", ld.get("headline").asText());
        assertEquals("2019-11-20", ld.get("datePublished").asText());
        assertEquals("https://news.example.org/articles/b.html", ld.get("url").asText());
        JsonNode undated = jsonLd("articles/f.html");
        assertFalse(undated.has("datePublished"), "no invented date: " + undated);
        assertNull(page("index.html").selectFirst("script[type=application/ld+json]"), "list pages are not articles");
    }

    private JsonNode jsonLd(String file) throws IOException {
        Element script = page(file).selectFirst("script[type=application/ld+json]");
        assertTrue(script != null, file + " has JSON-LD");
        return new ObjectMapper().readTree(script.data());
    }

    private List<String> cardTitles(String file) {
        return page(file).select(".card-title").eachText();
    }

    private Document page(String file) {
        return Jsoup.parse(read(out.resolve(file)));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
