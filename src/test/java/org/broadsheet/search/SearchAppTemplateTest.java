package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The search partial as the site build renders it on search/index.html (root = "../"). */
class SearchAppTemplateTest {
    private static Document render(String root) throws IOException {
        String html = SearchFixtureSite.render(
                "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                        + "<#include \"partials/search-app.ftlh\"></body></html>",
                Map.of("root", root));
        return Jsoup.parse(html);
    }

    @Test
    void everyLinkIsRelativeToTheSiteRootSoAnySubPathWorks() throws IOException {
        Document page = render("../");
        Element form = page.selectFirst("form.search-form");
        assertNotNull(form);
        assertTrue(page.select("[role=search]").isEmpty(), "the page header holds the one search landmark");
        assertEquals("../search/index.html", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertNotNull(form.selectFirst("input[name=q][type=search]"));
        assertEquals(
                List.of(
                        "../assets/search/vendor/stemmer.js",
                        "../assets/search/search-engine.js",
                        "../assets/search/search.js"),
                page.select("script").eachAttr("src"));
        assertEquals("../search/", page.getElementById("search-app").attr("data-index"));
        assertEquals("../", page.getElementById("search-app").attr("data-root"));
        for (Element element : page.select("[href], [src], [action], [data-index]")) {
            for (String name : List.of("href", "src", "action", "data-index")) {
                String url = element.attr(name);
                assertTrue(!url.startsWith("/") && !url.contains("://"), "absolute " + name + ": " + url);
            }
        }
    }

    @Test
    void withoutJavaScriptTheReaderIsToldHowElseToFindArticles() throws IOException {
        Element noscript = render("../").selectFirst("noscript");
        assertNotNull(noscript);
        assertTrue(noscript.html().contains("needs JavaScript"), noscript.html());
        assertTrue(noscript.html().contains("href=\"../archive/index.html\""), noscript.html());
    }

    @Test
    void theAssetsThePartialLoadsShipInTheTheme() {
        for (String asset : SearchFixtureSite.ASSETS) {
            assertNotNull(getClass().getResource("/theme/assets/search/" + asset), asset);
        }
    }
}
