package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article links the first mention of a place; site.yaml's linkEveryMention links them all. */
class MentionLinksTest {
    private static final String ARTICLE = """
            -- content/ferry.md --
            ---
            title: Ferry returns
            date: 2021-05-02
            ---
            The ferry sailed from Galway on Sunday. In Galway the quay was full, and Galway's mayor was there.
            """;

    @TempDir
    Path site;

    private Document article(String siteYaml) {
        InlineSite.write(site, "-- site.yaml --\n" + siteYaml + "\n" + ARTICLE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        return Jsoup.parse(InlineSite.read(site.resolve("site-output/articles/ferry.html")));
    }

    @Test
    void byDefaultOnlyTheFirstMentionLinks() {
        Document page = article("title: Ferry news");
        assertEquals(List.of("Galway"), page.select(".article-body a.place").eachText());
        assertEquals(
                List.of("Galway", "Galway"),
                page.select(".article-body span.place").eachText());
    }

    @Test
    void linkEveryMentionLinksThemAll() {
        Document page = article("title: Ferry news\nlinkEveryMention: true");
        assertEquals(
                List.of("Galway", "Galway", "Galway"),
                page.select(".article-body a.place").eachText());
        assertEquals(List.of(), page.select(".article-body span.place").eachText());
    }
}
