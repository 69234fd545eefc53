package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page leads with one story (the newest, or the one marked featured), lists the latest after
 * it, and shows the most-quoted people and most-covered places with links to their indexes; places are
 * shown with their country's name, never its code.
 */
class FrontPageTest {
    private static final String SITE = """
            -- content/ferry.md --
            ---
            title: Ferry returns to the island
            date: 2021-05-02
            ---
            The ferry to the island sailed from Galway on Sunday. “We missed it,” said Orla Quinn, a teacher.
            -- content/market.md --
            ---
            title: Market reopens in Galway
            date: 2021-04-11
            %s
            ---
            Stalls were back in Galway on Saturday. “It is a good day,” said Orla Quinn.
            “The rain held off,” said Orla Quinn.
            -- content/mosul.md --
            ---
            title: Bridge repaired in Mosul
            date: 2020-01-20
            ---
            Engineers repaired a bridge in Mosul, the city council said.
            """;

    @TempDir
    Path site;

    private Document front(String marker) {
        InlineSite.write(site, SITE.formatted(marker));
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        return Jsoup.parse(InlineSite.read(site.resolve("site-output/index.html")));
    }

    @Test
    void theNewestArticleLeadsAndTheOthersFollow() {
        Document page = front("");
        assertEquals(
                List.of("Ferry returns to the island"),
                page.select(".lead-story .card-title").eachText());
        assertEquals(
                List.of("Market reopens in Galway", "Bridge repaired in Mosul"),
                page.select(".latest .card-title").eachText(),
                "the lead story is not listed twice");
    }

    @Test
    void anArticleMarkedFeaturedLeads() {
        Document page = front("featured: true");
        assertEquals(
                List.of("Market reopens in Galway"),
                page.select(".lead-story .card-title").eachText());
        assertEquals(
                List.of("Ferry returns to the island", "Bridge repaired in Mosul"),
                page.select(".latest .card-title").eachText());
    }

    @Test
    void panelsShowWhoIsQuotedAndWhereWithLinksToTheirIndexes() {
        Document page = front("");
        assertEquals(
                "Orla Quinn 3 quotes",
                page.selectFirst(".front-panels li").text(),
                page.select(".front-panels").outerHtml());
        assertTrue(page.select(".front-panels a")
                .eachAttr("href")
                .containsAll(List.of("people/index.html", "places/index.html")));
        List<String> places = page.select("#top-places-heading + ol li").eachText();
        assertEquals("Galway, Ireland 2 articles", places.get(0), places.toString());
        assertTrue(places.contains("Mosul, Iraq 1 article"), places.toString());
    }

    @Test
    void anArticlesPlacesNameTheirCountry() {
        front("");
        Document article = Jsoup.parse(InlineSite.read(site.resolve("site-output/articles/mosul.html")));
        assertEquals(List.of("Mosul, Iraq"), article.select(".place-list li").eachText());
        assertFalse(article.select(".place-list").text().contains("IQ"));
    }
}
