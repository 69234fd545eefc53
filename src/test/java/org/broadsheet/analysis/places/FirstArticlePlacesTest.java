package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first article of the shared archive (Iraq, November 2017), read from the real file: every toponym the
 * issue lists is found and resolved near the real place, and the organisations and groups are not places.
 */
class FirstArticlePlacesTest {
    private static final String FILE = "content/000_90963fd85bcb9a33.txt";
    private static List<PlaceMention> places;

    @BeforeAll
    static void analyse() throws IOException {
        Path file = locate();
        places = new PlaceFinder().find(AnalysisText.ofPlainText(Files.readString(file), null), List.of());
    }

    /** The archive's first article as the project keeps it, byte for byte as given, in content/. */
    private static Path locate() {
        return Path.of(FILE);
    }

    @Test
    void countriesAndRegions() {
        assertResolved("Iraq", 33.2, 43.7, 400);
        assertResolved("US", 39.8, -98.5, 1500);
        assertResolved("Syria", 35.0, 38.5, 300);
        assertEquals("region:europe", mention("Europe").id());
    }

    @Test
    void townsAndCitiesWithin50Km() {
        assertResolved("Mosul", 36.34, 43.13, 50);
        assertResolved("Rawa", 34.47, 41.92, 50);
        assertResolved("Bukamal", 34.45, 40.92, 50);
        assertResolved("Dayr al-Zawr", 35.34, 40.14, 50);
        assertResolved("Raqqah", 35.95, 39.01, 50);
        assertResolved("Kirkuk", 35.47, 44.39, 50);
        assertEquals("IQ", mention("Rawa").country(), "Rawa beside Iraq is Rawah, not Rawa Mazowiecka");
    }

    @Test
    void groupsAndOrganisationsAreNotPlaces() {
        for (String notPlace :
                List.of("Daesh", "Takfiri", "PMU", "Press TV", "Press", "Badr", "Hashd", "Ameri", "Kurdish", "Arab")) {
            assertFalse(
                    places.stream()
                            .anyMatch(p -> p.text().equals(notPlace) || p.text().startsWith(notPlace + " ")),
                    notPlace + " reported as a place");
        }
    }

    @Test
    void demonymsMentionTheirCountry() {
        PlaceMention iraqi = mention("Iraqi");
        assertEquals("country:IQ", iraqi.id());
        assertEquals(PlaceMention.DEMONYM, iraqi.form());
    }

    private static PlaceMention mention(String text) {
        PlaceMention found =
                places.stream().filter(p -> p.text().equals(text)).findFirst().orElse(null);
        assertNotNull(
                found,
                text + " not found in "
                        + places.stream().map(PlaceMention::text).distinct().toList());
        return found;
    }

    private static void assertResolved(String text, double lat, double lon, double withinKm) {
        PlaceMention p = mention(text);
        double km = kilometres(lat, lon, p.lat(), p.lon());
        assertTrue(
                km <= withinKm,
                text + " resolved to " + p.name() + " (" + p.country() + "), " + Math.round(km) + " km away");
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
                + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
    }
}
