package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article page's "Related coverage": up to five articles sharing its people, places and event days, a
 * rare shared person before a place every story names, ties broken by the nearer date.
 */
class RelatedCoverageTest {
    @TempDir
    Path site;

    private static String article(String slug, String date, String text) {
        return "-- content/" + slug + ".md --\n---\ntitle: Story " + slug + "\ndate: " + date + "\n---\n" + text + "\n";
    }

    @Test
    void rareSharedEntitiesRankFirstAndNearerDatesBreakTies() throws IOException {
        String galway = "The harbour in Galway was busy.";
        String site = article("a", "2019-03-01", "“We will rebuild,” said Mayor Ana Ruiz in Galway.")
                + article("b", "2019-06-01", "The harbour in Galway was busy. “It is done,” said Mayor Ana Ruiz.")
                + article("c1", "2019-03-02", galway)
                + article("c2", "2019-03-05", galway)
                + article("c3", "2019-02-20", galway)
                + article("c4", "2018-01-01", galway)
                + article("c5", "2017-01-01", galway)
                + article("c6", "2016-01-01", galway)
                + article("x", "2019-03-01", "The harbour in Lisbon was quiet.");
        InlineSite.write(this.site, site);
        InlineSite.Run run = InlineSite.build(this.site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = this.site.resolve("site-output");

        assertEquals(List.of("Story b", "Story c1", "Story c2", "Story c3", "Story c4"), related(out, "a"));
        assertEquals(List.of(), related(out, "x"), "an article that shares nothing lists nothing");
        assertEquals("Story a", related(out, "b").get(0), "b shares the rare person with a only");
    }

    private static List<String> related(Path out, String slug) throws IOException {
        Document page = Jsoup.parse(out.resolve("articles/" + slug + ".html").toFile());
        return page.select("section.related li a").eachText();
    }
}
