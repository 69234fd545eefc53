package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person page shows the person over time: the roles the articles give them with the article and date,
 * the first and last article quoting them, their quotes by month, and who is quoted in the same articles.
 */
class PersonHistoryTest {
    private static final String SITE = """
            -- content/jan.md --
            ---
            title: Mayor opens the bridge
            date: 2019-01-10
            ---
            “The bridge is open,” said Mayor Ana Ruiz. “It took too long,” said engineer Tomas Berg.
            -- content/mar.md --
            ---
            title: Bridge closes again
            date: 2019-03-15
            ---
            “We were misled,” said former mayor Ana Ruiz. “The cracks are old,” said engineer Tomas Berg.
            -- content/feb.md --
            ---
            title: Toll debate
            date: 2019-02-01
            ---
            “Tolls are unfair,” said councillor Rita Osei.
            """;

    @TempDir
    Path site;

    @Test
    void personPageShowsRolesFirstAndLastQuotesAMonthChartAndWhoIsQuotedAlongside() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output");
        Document page = Jsoup.parse(out.resolve("people/ana-ruiz.html").toFile());
        Element history = page.selectFirst("section.person-history");

        List<String> roles = history.select("ul.roles li").eachText();
        assertEquals(2, roles.size(), roles.toString());
        assertTrue(roles.get(0).startsWith("Mayor") && roles.get(0).contains("10 January 2019"), roles.toString());
        assertTrue(roles.get(1).contains("former mayor") && roles.get(1).contains("15 March 2019"), roles.toString());

        String quoted = history.select("p").text();
        assertTrue(quoted.contains("First quoted: Mayor opens the bridge 10 January 2019"), quoted);
        assertTrue(quoted.contains("Last quoted: Bridge closes again 15 March 2019"), quoted);

        // January to March: February is an empty slot, so the gap shows
        assertEquals(
                List.of("January 2019: 1 quote", "March 2019: 1 quote"),
                history.select("svg.chart-quotes g[role=img]").eachAttr("aria-label"));

        assertEquals(
                List.of("Tomas Berg (2 articles)"),
                history.select("ul.quoted-with li").eachText());
    }
}
