package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.PlaceMention;
import org.junit.jupiter.api.Test;

class DemonymLinksTest {
    private final PlaceFinder finder = new PlaceFinder();

    @Test
    void demonymsLinkToTheirCountryButAreNotPlaces() {
        AnalysisText text = AnalysisText.ofPlainText("Iraqi forces and American advisers met near Mosul.", null);
        List<PlaceMention> demonyms = finder.demonyms(text);
        assertEquals(List.of("Iraqi country:IQ demonym", "American country:US demonym"),
                demonyms.stream().map(d -> d.text() + " " + d.id() + " " + d.kind()).toList());
        List<PlaceMention> places = finder.find(text, List.of());
        assertEquals(List.of("Mosul"), places.stream().map(PlaceMention::text).toList());
        assertTrue(demonyms.get(0).lat() > 29 && demonyms.get(0).lat() < 38, "Iraq's coordinates");
    }
}
