package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Everything a page shows from an article is text: no script, no event handler, no template syntax runs. */
class EscapingTest {
    private static final String TITLE = "<script>alert(1)</script> \" onmouseover=\"alert(2) {{x}} ${y}";
    private static final String TAG = "<script>alert(3)</script>";
    private static final String TAG2 = "\" onmouseover=\"alert(4)";
    private static final String SUMMARY = "<script>alert(5)</script> \" onmouseover=\"x\" {{x}}";
    private static final String AUTHOR = "<script>alert(6)</script> \" onmouseover=\"y";
    private static final String SOURCE = "<img src=x onerror=alert(7)> \" onmouseover=\"z";
    private static final String SITE = """
            -- site.yaml --
            title: <script>alert(0)</script> Gazette " onmouseover="s
            baseUrl: https://news.example.org/
            -- content/attack.md --
            ---
            title: <script>alert(1)</script> " onmouseover="alert(2) {{x}} ${y}
            date: 2020-01-01
            tags:
              - <script>alert(3)</script>
              - '" onmouseover="alert(4)'
              - '{{x}}'
            summary: <script>alert(5)</script> " onmouseover="x" {{x}}
            author: <script>alert(6)</script> " onmouseover="y
            source: <img src=x onerror=alert(7)> " onmouseover="z
            note: <script>alert(8)</script> " onmouseover="w
            url: javascript:alert(9)
            ---
            Body <script>alert(10)</script> and " onmouseover="alert(11)" and {{x}} and ${y} end.

            <div onmouseover="alert(12)">raw block</div>

            “We stay,” said Mayor Ana Ruiz in Lisbon.
            -- content/neighbour.md --
            ---
            title: A neighbouring story
            date: 2020-02-01
            ---
            “We go,” said Mayor Ana Ruiz in Lisbon.
            -- content/plain.txt --
            ---
            title: Plain text stays plain
            date: 2020-01-02
            tags: [plain]
            ---
            Stars *a* and a hash
            # x
            and <b>bold</b> and &amp; and <script>alert(13)</script> " onmouseover="alert(14)
            -- content/raw.md --
            ---
            title: Raw HTML in Markdown
            date: 2020-01-03
            ---
            Some <b>raw bold</b> text.
            """;

    @TempDir
    Path dir;

    @Test
    void nothingFromAnArticleRunsOnAnyPage() throws Exception {
        Path site = InlineSite.write(dir, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output");

        List<String> problems = new ArrayList<>();
        for (Path page : InlineSite.htmlPages(out)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = out.relativize(page).toString();
            for (Element script : doc.select("script")) {
                boolean themeScript = script.attr("src").matches("(\\.\\./)*assets/[\\w/.-]+\\.js")
                        && script.html().isEmpty();
                if (!"application/ld+json".equals(script.attr("type")) && !themeScript) {
                    problems.add(name + ": a <script> element: " + script.outerHtml());
                }
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        problems.add(name + ": event handler attribute " + a + " on <" + e.tagName() + ">");
                    }
                    if (a.getValue().trim().toLowerCase().startsWith("javascript:")) {
                        problems.add(name + ": javascript: URL " + a);
                    }
                });
            }
            if (!doc.select("img[src=x]").isEmpty()) {
                problems.add(name + ": an <img> from front matter");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void articleValuesAppearLiterallyAsText() throws Exception {
        Path site = InlineSite.write(dir, SITE);
        InlineSite.build(site);
        Path out = site.resolve("site-output");

        Document article = Jsoup.parse(out.resolve("articles/attack.html").toFile(), "UTF-8");
        assertEquals(TITLE, article.selectFirst("h1").text());
        String text = article.text();
        for (String value : List.of(
                TAG,
                TAG2,
                "{{x}}",
                AUTHOR,
                SOURCE,
                "Body <script>alert(10)</script> and \" onmouseover=\"alert(11)\" and {{x}} and ${y} end.",
                "<div onmouseover=\"alert(12)\">raw block</div>")) {
            assertTrue(text.contains(value), "article page shows " + value + " as text:\n" + text);
        }
        assertEquals(TITLE, article.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(SUMMARY, article.selectFirst("meta[name=description]").attr("content"));
        JsonNode ld = new ObjectMapper()
                .readTree(
                        article.selectFirst("script[type=application/ld+json]").data());
        assertEquals(TITLE, ld.get("headline").asText());

        for (String list : List.of(
                "index.html",
                "archive/2020/index.html",
                "archive/2020/01/index.html",
                "tags/script-alert-3-script/index.html")) {
            Document doc = Jsoup.parse(out.resolve(list).toFile(), "UTF-8");
            assertTrue(doc.text().contains(TITLE), list + " shows the title as text");
            assertTrue(doc.text().contains(SUMMARY), list + " shows the summary as text");
        }
        Document tags = Jsoup.parse(out.resolve("tags/index.html").toFile(), "UTF-8");
        assertTrue(tags.text().contains(TAG) && tags.text().contains(TAG2), tags.text());

        // the neighbour shares Ana Ruiz and Lisbon: the title shows in its related list and in her history
        Document neighbour = Jsoup.parse(out.resolve("articles/neighbour.html").toFile(), "UTF-8");
        assertEquals(List.of(TITLE), neighbour.select("section.related li a").eachText());
        Document person = Jsoup.parse(out.resolve("people/ana-ruiz.html").toFile(), "UTF-8");
        assertTrue(person.select("section.person-history").text().contains(TITLE), person.text());
    }

    @Test
    void feedIsWellFormedXmlWithLiteralValues() throws Exception {
        Path site = InlineSite.write(dir, SITE);
        InlineSite.build(site);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(site.resolve("site-output/feed.xml").toFile());

        List<String> titles = texts(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title"));
        assertTrue(titles.contains(TITLE), titles.toString());
        assertTrue(titles.contains("<script>alert(0)</script> Gazette \" onmouseover=\"s"), titles.toString());
        assertTrue(texts(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary"))
                .contains(SUMMARY));
        NodeList categories = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < categories.getLength(); i++) {
            terms.add(((org.w3c.dom.Element) categories.item(i)).getAttribute("term"));
        }
        assertTrue(terms.containsAll(List.of(TAG, TAG2, "{{x}}")), terms.toString());
        factory.newDocumentBuilder()
                .parse(site.resolve("site-output/sitemap.xml").toFile());
    }

    @Test
    void unknownFrontMatterKeysAreEscapedWhenATemplateShowsThem() throws Exception {
        Path site = InlineSite.write(dir, SITE + """
                -- templates/article.ftlh --
                <#import "/layouts/base.ftlh" as layout>
                <@layout.frame><p id="note">${article.params.note!}</p><p id="page-note">${page.params.note!}</p></@layout.frame>
                """);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());

        Document doc =
                Jsoup.parse(site.resolve("site-output/articles/attack.html").toFile(), "UTF-8");
        String note = "<script>alert(8)</script> \" onmouseover=\"w";
        assertEquals(note, doc.selectFirst("#note").text());
        assertEquals(note, doc.selectFirst("#page-note").text());
        assertTrue(doc.select("script:not([type=application/ld+json])").isEmpty(), doc.html());
    }

    @Test
    void plainTextIsNeverMarkup() throws Exception {
        Path site = InlineSite.write(dir, SITE);
        InlineSite.build(site);

        Document doc =
                Jsoup.parse(site.resolve("site-output/articles/plain.html").toFile(), "UTF-8");
        Element body = doc.selectFirst(".article-body");
        String text = body.text();
        for (String literal : List.of(
                "*a*", "# x", "<b>bold</b>", "&amp;", "<script>alert(13)</script>", "\" onmouseover=\"alert(14)")) {
            assertTrue(text.contains(literal), "shows " + literal + " literally: " + text);
        }
        assertTrue(body.select("b, em, strong, h1, h2, script").isEmpty(), body.html());
    }

    @Test
    void rawHtmlInMarkdownIsEscapedByDefault() throws Exception {
        Path site = InlineSite.write(dir, SITE);
        InlineSite.build(site);

        Element body = Jsoup.parse(site.resolve("site-output/articles/raw.html").toFile(), "UTF-8")
                .selectFirst(".article-body");
        assertTrue(body.select("b").isEmpty(), body.html());
        assertTrue(body.text().contains("Some <b>raw bold</b> text."), body.text());
    }

    @Test
    void rawHtmlInMarkdownPassesWithUnsafeHtml() throws Exception {
        Path site = InlineSite.write(dir, SITE.replace("baseUrl: https://news.example.org/", "unsafeHtml: true"));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());

        Element body = Jsoup.parse(site.resolve("site-output/articles/raw.html").toFile(), "UTF-8")
                .selectFirst(".article-body");
        assertEquals("raw bold", body.selectFirst("b").text(), body.html());
        Element plain = Jsoup.parse(
                        site.resolve("site-output/articles/plain.html").toFile(), "UTF-8")
                .selectFirst(".article-body");
        assertTrue(plain.select("b").isEmpty(), "unsafeHtml never applies to .txt: " + plain.html());
        Document article =
                Jsoup.parse(site.resolve("site-output/articles/attack.html").toFile(), "UTF-8");
        assertFalse(article.selectFirst("h1").html().contains("<script"), "nor to front matter");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
