package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A quote's speaker gets a person page when the speaker is a person: one the article names as a person,
 * or a credit that reads as a name ("Niamh Kelly"). A body of people or an organisation credited with a
 * quote ("Democrats said") keeps the credit in the text but gets no page and no link.
 */
class SpeakerPagesTest {
    private static final String SITE = """
            -- content/vote.md --
            ---
            title: Council vote
            date: 2018-05-02
            ---
            “We will appeal the ruling,” Democrats said on Monday. “The vote was close,” said harbour master Niamh Kelly.
            """;

    @TempDir
    Path site;

    @Test
    void onlyPeopleGetPersonPages() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Path out = site.resolve("site-output");

        assertTrue(Files.isRegularFile(out.resolve("people/niamh-kelly.html")));
        assertFalse(Files.exists(out.resolve("people/democrats")), "Democrats are no person");
        Document people = Jsoup.parse(Files.readString(out.resolve("people/index.html")));
        assertEquals(List.of("Niamh Kelly"), people.select("main td a").eachText());

        Document article = Jsoup.parse(Files.readString(out.resolve("articles/vote.html")));
        List<Element> credits = article.select("cite");
        assertTrue(
                credits.stream()
                        .anyMatch(c ->
                                c.text().contains("Democrats") && c.select("a").isEmpty()),
                "the credit stays, unlinked: " + credits);
        assertTrue(
                credits.stream()
                        .anyMatch(c ->
                                c.select("a[href$=people/niamh-kelly.html]").size() == 1),
                "a person's credit links to their page: " + credits);
    }
}
