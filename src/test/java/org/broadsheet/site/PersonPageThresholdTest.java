package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person page for everyone quoted or named in two articles; a name seen once and never quoted stays in its
 * article as text, with no page and no link (index.People.ARTICLES_FOR_A_PAGE).
 */
class PersonPageThresholdTest {
    @TempDir
    Path site;

    @Test
    void aNameSeenOnceAndNeverQuotedHasNoPageButTwoArticlesOrOneQuoteMakeOne() {
        InlineSite.write(site, """
                -- content/quay.md --
                ---
                title: Quay repairs begin
                date: 2021-05-02
                ---
                Engineer Orla Quinlan inspected the quay on Sunday with Mary Kavanagh, the harbour master.

                "The wall will hold until spring," said Brendan Mulcahy, the works manager.
                -- content/quay-later.md --
                ---
                title: Quay repairs finish
                date: 2021-06-20
                ---
                The quay reopened on Sunday. Mary Kavanagh cut the ribbon.
                """);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path people = site.resolve("site-output/people");

        assertTrue(Files.isRegularFile(people.resolve("mary-kavanagh.html")), "named in two articles");
        assertTrue(Files.isRegularFile(people.resolve("brendan-mulcahy.html")), "quoted once");
        assertFalse(Files.exists(people.resolve("orla-quinlan.html")), "named once, never quoted");

        Document article = Jsoup.parse(InlineSite.read(site.resolve("site-output/articles/quay.html")));
        assertTrue(article.select(".article-body").text().contains("Orla Quinlan"), "the name stays in the text");
        assertTrue(article.select("a[href*=orla-quinlan]").isEmpty(), "and links nowhere");
        assertEquals(
                "../people/mary-kavanagh.html",
                article.select(".article-body a.person").stream()
                        .filter(a -> a.text().equals("Mary Kavanagh"))
                        .findFirst()
                        .orElseThrow()
                        .attr("href"));
        Document index = Jsoup.parse(InlineSite.read(people.resolve("index.html")));
        assertFalse(index.text().contains("Orla Quinlan"), "the people index lists people with a page");
    }
}
