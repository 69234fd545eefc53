package org.broadsheet.build;

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
 * A demonym in an article ("Iraqi forces") links to its country's page when the archive has one; it
 * is not a place, so the article's Places section and the place pages do not count it.
 */
class DemonymLinksTest {
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
    void demonymsLinkToTheirCountrysPageWhenThereIsOne() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Document page = Jsoup.parse(Files.readString(site.resolve("site-output/articles/forces/index.html")));

        Element iraqi = page.select("article a").stream().filter(a -> a.text().equals("Iraqi")).findFirst().orElseThrow();
        assertEquals("../../places/iraq/index.html", iraqi.attr("href"));
        assertNull(page.select("article a").stream().filter(a -> a.text().equals("Kenyan")).findFirst().orElse(null),
                "no article names Kenya, so there is no page to link to");
        List<String> places = page.select("#places li a, .places li a").eachText();
        assertEquals(List.of("Mosul"), places.stream().filter(t -> !t.isBlank()).toList(),
                "the Places section lists places, not demonyms");
    }
}
