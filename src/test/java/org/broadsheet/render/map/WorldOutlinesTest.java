package org.broadsheet.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorldOutlinesTest {

    @Test
    void bothScalesPlaceCitiesInTheirCountries() {
        for (WorldOutlines outlines : new WorldOutlines[] {WorldOutlines.coarse(), WorldOutlines.detailed()}) {
            assertEquals("IQ", alpha2At(outlines, 33.34, 44.40), "Baghdad in " + outlines);
            assertEquals("FR", alpha2At(outlines, 48.86, 2.35), "Paris in " + outlines);
            assertEquals("BR", alpha2At(outlines, -15.79, -47.88), "Brasília in " + outlines);
            assertEquals(null, alpha2At(outlines, 30.0, -40.0), "mid-Atlantic in " + outlines);
        }
    }

    @Test
    void holesAreNotLand() {
        // Lesotho is a hole in South Africa's outline: Maseru is in LS, not in ZA.
        CountryOutline southAfrica = WorldOutlines.detailed().country("ZA").orElseThrow();
        assertFalse(southAfrica.contains(-29.31, 27.48));
        assertEquals("LS", alpha2At(WorldOutlines.detailed(), -29.31, 27.48));
    }

    @Test
    void countriesAcrossTheAntimeridianHoldLandOnBothSides() {
        WorldOutlines outlines = WorldOutlines.detailed();
        assertEquals("RU", alpha2At(outlines, 65.5, 175.0), "Chukotka west of 180°");
        assertEquals("RU", alpha2At(outlines, 66.0, -172.0), "Chukotka east of 180°");
        assertEquals("FJ", alpha2At(outlines, -17.80, 178.0), "Viti Levu");
        assertEquals("FJ", alpha2At(outlines, -16.8, -179.9), "Taveuni, east of 180°");
    }

    @Test
    void looksUpCountriesByAlpha2IgnoringCase() {
        assertEquals("Iraq", WorldOutlines.coarse().country("iq").orElseThrow().name());
        assertEquals("368", WorldOutlines.coarse().country("IQ").orElseThrow().numeric());
        assertEquals(
                "Kosovo", WorldOutlines.detailed().country("XK").orElseThrow().name());
        assertEquals(Optional.empty(), WorldOutlines.coarse().country("ZZ"));
        assertTrue(WorldOutlines.detailed().countries().size()
                > WorldOutlines.coarse().countries().size());
    }

    @Test
    void eachScaleIsLoadedOnceAndShared() {
        assertSame(WorldOutlines.coarse(), WorldOutlines.coarse());
        assertSame(WorldOutlines.detailed(), WorldOutlines.detailed());
        assertThrows(
                UnsupportedOperationException.class,
                () -> WorldOutlines.coarse().countries().clear());
    }

    @Test
    void readsDeltaEncodedRingsAndRejectsBrokenLines() throws IOException {
        String text = "# comment\nAA\t001\tSquare\t0,0,1000,0,0,1000,-1000,0\n";
        WorldOutlines square = WorldOutlines.read(stream(text), "test");
        CountryOutline country = square.country("AA").orElseThrow();
        assertTrue(country.contains(5, 5));
        assertFalse(country.contains(11, 5));
        assertThrows(IOException.class, () -> WorldOutlines.read(stream("AA\t001\tSquare\n"), "test"));
        assertThrows(IOException.class, () -> WorldOutlines.read(stream("AA\t001\tX\t0,0,x,0,0,1\n"), "test"));
    }

    private static String alpha2At(WorldOutlines outlines, double lat, double lon) {
        return outlines.countryAt(lat, lon).map(CountryOutline::alpha2).orElse(null);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
