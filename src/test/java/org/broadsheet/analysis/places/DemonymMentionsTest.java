package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.PlaceMention;
import org.junit.jupiter.api.Test;

/** A demonym is a mention of its country: the country's name, id and coordinates, with form "demonym". */
class DemonymMentionsTest {
    private final PlaceFinder finder = new PlaceFinder();

    @Test
    void demonymsAreMentionsOfTheirCountry() {
        AnalysisText text = AnalysisText.ofPlainText("Iraqi forces and American advisers met near Mosul.", null);
        List<PlaceMention> places = finder.find(text, List.of());
        assertEquals(
                List.of("Iraqi country:IQ Iraq demonym", "American country:US United States demonym", "Mosul"),
                places.stream()
                        .map(p -> p.demonym() ? p.text() + " " + p.id() + " " + p.name() + " " + p.form() : p.text())
                        .toList());
        assertEquals("country", places.get(0).kind());
        assertTrue(places.get(0).lat() > 29 && places.get(0).lat() < 38, "Iraq's coordinates");
        assertNull(places.get(2).form(), "a place named by its name has no form");
    }
}
