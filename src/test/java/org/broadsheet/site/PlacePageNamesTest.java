package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.cli.InlineSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place page is titled by how the archive writes the place, but never by an abbreviation ("N.B.") and
 * never by a dateline's capitals ("MONCTON").
 */
class PlacePageNamesTest {
    private static final String SITE = """
            -- content/ferry.md --
            ---
            title: Ferry resumes
            date: 2018-04-02
            ---
            MONCTON, N.B. — The ferry from Moncton, N.B., to Saint John, N.B., resumed on Monday.
            -- content/bridge.md --
            ---
            title: Bridge opens
            date: 2018-04-03
            ---
            A bridge opened in New Brunswick near Moncton.
            """;

    @TempDir
    Path site;

    @Test
    void placePagesAreTitledByTheNameNotItsAbbreviation() throws IOException {
        InlineSite.write(site, SITE);
        InlineSite.Run run = InlineSite.build(site);
        assertEquals(0, run.exit(), run.transcript());
        Document index = Jsoup.parse(Files.readString(site.resolve("site-output/places/index.html")));
        String names = String.join("|", index.select("main a").eachText());

        assertTrue(names.contains("New Brunswick"), names);
        assertTrue(names.contains("Moncton"), names);
        assertTrue(!names.contains("N.b.") && !names.contains("N.B.") && !names.contains("MONCTON"), names);
    }
}
