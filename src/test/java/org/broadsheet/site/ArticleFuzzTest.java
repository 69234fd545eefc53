package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing of the article pipeline (issue 13) with Jazzer: each input is one article
 * file, its first byte choosing {@code .md} or {@code .txt} and the rest its bytes (front matter,
 * any encoding, anything at all), built by the same builder again and again as {@code serve} does.
 * <p>
 * Properties: nothing the article holds makes the build throw (its problems are reported instead);
 * no page holds a live script, an event handler or a {@code javascript:}, {@code data:} or
 * {@code vbscript:} URL; the JSON-LD stays one JSON value; the feed and the sitemap parse as XML.
 * <p>
 * {@code mvn test} runs the committed inputs under {@code ArticleFuzzTestInputs/} (the regression
 * corpus). With {@code JAZZER_FUZZ=1} it fuzzes for at most the time below; a failing input lands in
 * that folder, to be committed with its fix.
 */
class ArticleFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path site;
    private static SiteBuilder builder;

    @FuzzTest(maxDuration = "60s")
    void anArticleNeverEscapesItsPage(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        setUp();
        String name = (input[0] & 1) == 0 ? "fuzz.md" : "fuzz.txt";
        Path content = site.resolve("content");
        for (String other : List.of("fuzz.md", "fuzz.txt")) {
            Files.deleteIfExists(content.resolve(other));
        }
        Path file = content.resolve(name);
        Files.write(file, java.util.Arrays.copyOfRange(input, 1, input.length));
        try {
            builder.build(Set.of(file, content.resolve(name.equals("fuzz.md") ? "fuzz.txt" : "fuzz.md")), () -> {});
        } catch (BuildFailure e) {
            fail("one article failed the whole build: " + e.getMessage());
        }
        Path out = site.resolve("site-output");
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                checkPage(
                        Jsoup.parse(page.toFile(), "UTF-8"),
                        out.relativize(page).toString());
            }
        }
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
    }

    private static void checkPage(Document page, String name) throws IOException {
        for (Element script : page.select("script")) {
            String type = script.attr("type");
            if (type.equals("application/ld+json")) {
                JSON.readTree(script.data()); // one JSON value: the article did not break out of it
            } else {
                assertFalse(
                        script.attr("src").isEmpty() || !script.attr("src").contains("assets/"),
                        name + ": a script that is not the theme's: " + script.outerHtml());
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), name + ": an event handler: " + element.outerHtml());
                if (key.equals("href")
                        || key.equals("src")
                        || key.equals("action")
                        || key.equals("formaction")
                        || key.equals("xlink:href")
                        || key.equals("srcdoc")) {
                    String url =
                            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20\\x7f-\\xa0]", "");
                    assertFalse(
                            url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:"),
                            name + ": a live URL: " + element.outerHtml());
                }
            }
        }
        assertEquals(
                0,
                page.select(".article-body :is(iframe, object, embed, base, form, script, style)")
                        .size(),
                name + ": embedded content in the article");
    }

    private static synchronized void setUp() throws IOException {
        if (builder != null) {
            return;
        }
        site = Files.createTempDirectory("broadsheet-fuzz");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yaml"), "title: Fuzzed\nbaseUrl: https://news.example.org/\n");
        Files.writeString(
                site.resolve("content/neighbour.md"),
                "---\ntitle: A neighbour\ndate: 2020-05-01\n---\nThe mayor of Springfield said on Monday that the bridge would reopen.\n");
        builder = new SiteBuilder(new BuildOptions(site, null, null, true, false));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(site)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder: best effort
            }
        }));
    }
}
