package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline as a reader finds it: a chart of years and months whose bars lead to the events. */
class TimelinePagesTest {
    private static final String SITE = """
            -- site.yaml --
            title: Valley Courier
            pageSize: 2
            -- content/bridge.txt --
            ---
            date: 2019-07-01
            ---
            Workers opened the new bridge on March 3, 2019, after two years of work.
            Engineers had tested the deck on March 1, 2019.
            “We will open the second lane on August 9,” the engineer said.
            -- content/fair.txt --
            ---
            date: 2019-07-02
            ---
            The county fair drew record crowds on June 5, 2019.
            The fair began in 1968 as a cattle show.
            The county hopes to double the grounds by 2019.
            """;

    @Test
    void monthBarsLinkToThePageAndMonthWhereTheirEventsAre(@TempDir Path tmp) throws Exception {
        Path site = InlineSite.write(tmp, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output/timeline");
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(
                index.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-years\""),
                "a year chart");
        assertTrue(
                index.contains("href=\"../timeline/2019/index.html#m03\" aria-label=\"March 2019: 2 events\""), index);
        assertTrue(
                index.contains("href=\"../timeline/2019/page/2.html#m06\" aria-label=\"June 2019: 1 event\""), index);
        assertTrue(index.contains("href=\"../timeline/1968/index.html\""), "a year named without a month is listed");

        String first = Files.readString(out.resolve("2019/index.html"));
        assertTrue(first.contains("<h2 id=\"m03\">March 2019</h2>"), first);
        assertTrue(first.indexOf("1 March 2019") < first.indexOf("3 March 2019"), "date order");
        String second = Files.readString(out.resolve("2019/page/2.html"));
        assertTrue(second.contains("<h2 id=\"m06\">June 2019</h2>"), second);
        assertTrue(
                second.indexOf("id=\"m06\"") < second.indexOf("2019, month not given"),
                "months first, then the year alone");
    }

    @Test
    void whatSomeoneIsQuotedAsSayingIsNotAnEvent(@TempDir Path tmp) throws Exception {
        Path site = InlineSite.write(tmp, SITE);
        assertEquals(0, InlineSite.build(site).exit());
        try (var pages = Files.walk(site.resolve("site-output/timeline"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(page).contains("second lane"), page.toString());
            }
        }
        assertFalse(Files.exists(site.resolve("site-output/timeline/2019/page/3")), "four events in 2019, two a page");
    }
}
