package org.broadsheet.analysis.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void countryNamesForPlacePages() {
        assertEquals("Iraq", Gazetteer.countryName("IQ"));
        assertEquals("Iraq", Gazetteer.countryName("iq"));
        assertEquals("United States", Gazetteer.countryName("US"));
        assertNull(Gazetteer.countryName("XX"));
        assertNull(Gazetteer.countryName(null));
    }

    @Test
    void loadedOnceAndShared() {
        assertSame(gazetteer, Gazetteer.get());
        assertTrue(gazetteer.size() > 120_000, "populated places, areas, countries and regions: " + gazetteer.size());
    }

    @Test
    void namesLookUpWhateverTheirCaseAndApostrophe() {
        assertTrue(ids("kirkuk").contains("geonames:94787"));
        assertEquals(Gazetteer.key("Sant Julià de Lòria"), Gazetteer.key("sant  julià de lòria"));
        assertEquals(Gazetteer.key("Ma'rib"), Gazetteer.key("Ma’rib"));
    }

    @Test
    void commonNamesThePackageLacksAreAdded() {
        assertTrue(ids("turkey").contains("country:TR"));
        assertTrue(ids("britain").contains("country:GB"));
        assertTrue(ids("burma").contains("country:MM"));
        assertTrue(ids("ivory coast").contains("country:CI"));
    }

    @Test
    void arabicArticleDroppedForms() {
        assertTrue(ids("bukamal").contains("geonames:174448"), "Al-Bukamal gives Bukamal");
        assertTrue(ids("raqqah").contains("geonames:172955"));
    }

    @Test
    void demonymsAndStatesAreSeparateTables() {
        assertEquals("IQ", gazetteer.demonymCountry("Iraqi"));
        assertEquals("US", gazetteer.demonymCountry("Americans"));
        assertTrue(ids("iraqi").isEmpty(), "a demonym is not a place name");
        assertEquals("US.GA", gazetteer.stateAbbreviation("Ga."));
        assertTrue(gazetteer.admin1Entry("US.GA") >= 0);
    }

    @Test
    void anEarlierPrimaryNameIsAnOwnName() {
        int galway = Arrays.stream(gazetteer.lookup("galway"))
                .filter(i -> gazetteer.entry(i).id().equals("geonames:2964180"))
                .findFirst()
                .orElseThrow();
        assertTrue(Gazetteer.ownName(gazetteer.entry(galway), "galway"), "Galway, whose GeoNames name is Gaillimh");
        assertTrue(Gazetteer.ownName(gazetteer.entry(galway), "gaillimh"));
        assertEquals("Galway", Gazetteer.displayName(gazetteer.entry(galway), "Galway"));
        assertEquals("Gaillimh", Gazetteer.displayName(gazetteer.entry(galway), "Gaillimh"));
    }

    @Test
    void britishAndIrishCountiesWithoutTheirSuffix() {
        assertTrue(ids("kent").contains("admin2:GB.ENG.G5"));
        assertTrue(ids("clare").contains("admin2:IE.M.03"));
        assertTrue(ids("ceredigion").contains("admin2:GB.WLS.X6"), "County of Ceredigion");
        assertTrue(ids("galway").stream().noneMatch(id -> id.startsWith("admin2:")), "Galway alone is the town");
        assertTrue(ids("county galway").contains("admin2:IE.C.10"));
    }

    private java.util.List<String> ids(String key) {
        return Arrays.stream(gazetteer.lookup(key))
                .mapToObj(i -> gazetteer.entry(i).id())
                .toList();
    }
}
