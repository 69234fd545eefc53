package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demonym in an article ("Iraqi forces") is a mention of its country: it links to the country's page,
 * the article's Places section lists the country once, and the country's page lists the article.
 */
class DemonymPagesTest {
    private static final String SITE = """
            -- content/forces.md --
            ---
            title: Forces regroup
            date: 2017-11-20
            ---
            Iraqi forces and Kenyan advisers met near Mosul on Monday.
            -- content/iraq.md --
            ---
            title: Vote in Iraq
            date: 2017-11-21
            ---
            Voters in Iraq went to the polls.
            """;

    @TempDir
    Path site;

    @Test
    void demonymsLinkToTheirCountryAndPutTheArticleOnItsPage() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Document page = Jsoup.parse(Files.readString(site.resolve("site-output/articles/forces.html")));

        Element iraqi = page.select("article a").stream()
                .filter(a -> a.text().equals("Iraqi"))
                .findFirst()
                .orElseThrow();
        assertEquals("../places/iraq.html", iraqi.attr("href"));
        Element kenyan = page.select("article a").stream()
                .filter(a -> a.text().equals("Kenyan"))
                .findFirst()
                .orElseThrow();
        assertEquals("../places/kenya.html", kenyan.attr("href"), "Kenya gets a page from its demonym alone");
        List<String> places = page.select("#places li a, .places li a").eachText();
        assertEquals(
                List.of("Iraq", "Kenya", "Mosul"),
                places.stream().filter(t -> !t.isBlank()).sorted().toList(),
                "the Places section lists each country once, by its name");

        Document kenya = Jsoup.parse(Files.readString(site.resolve("site-output/places/kenya.html")));
        assertEquals(
                1,
                kenya.select("a[href$=articles/forces.html]").size(),
                kenya.select("main").text());
        assertNull(kenya.select("a[href$=articles/iraq.html]").first());
    }
}
