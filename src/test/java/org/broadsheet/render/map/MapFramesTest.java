package org.broadsheet.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapFramesTest {
    private static final MapPoint BAGHDAD = MapPoint.of(33.34, 44.40, "Baghdad");
    private static final MapPoint AMMAN = MapPoint.of(31.95, 35.93, "Amman");

    @Test
    void projectedBaghdadFallsInsideProjectedIraq() {
        CountryOutline iraq = WorldOutlines.coarse().country("IQ").orElseThrow();
        CountryOutline iran = WorldOutlines.coarse().country("IR").orElseThrow();
        for (MapFrame frame : List.of(MapFrames.world(List.of()), MapFrames.around(List.of(BAGHDAD)))) {
            double[] baghdad = svg(frame, BAGHDAD.lon(), BAGHDAD.lat());
            assertTrue(insideProjected(frame, iraq, baghdad), "Baghdad in Iraq on " + frame.projection());
            assertFalse(insideProjected(frame, iran, baghdad), "Baghdad not in Iran on " + frame.projection());
        }
    }

    @Test
    void worldFrameKeepsNorthUpAndEastRight() {
        MapFrame world = MapFrames.world(List.of());
        double[] london = svg(world, -0.12, 51.5);
        double[] cairo = svg(world, 31.2, 30.0);
        double[] tokyo = svg(world, 139.7, 35.7);
        assertTrue(london[1] < cairo[1] && cairo[0] < tokyo[0]);
        assertEquals(MapFrame.WIDTH / 2, svg(world, 0, 0)[0], 1e-9);
        assertTrue(world.height() > 400 && world.height() < 500, "world cut below 60°S: " + world.height());
        assertTrue(
                MapFrames.world(List.of(MapPoint.of(-77.8, 166.7, "McMurdo"))).height() > world.height());
    }

    @Test
    void aSinglePlaceIsCentredWithItsSurroundings() {
        MapFrame frame = MapFrames.around(List.of(BAGHDAD));
        double[] centre = svg(frame, BAGHDAD.lon(), BAGHDAD.lat());
        assertEquals(MapFrame.WIDTH / 2, centre[0], 0.01);
        assertEquals(frame.height() / 2, centre[1], 0.01);
        double degreesWide = frame.east() - frame.west();
        assertTrue(degreesWide >= 8 && degreesWide <= 11, "about 9 degrees wide: " + degreesWide);
        assertEquals(MapFrames.ASPECT, MapFrame.WIDTH / frame.height(), 1e-9);
    }

    @Test
    void severalPlacesAllFitWithRoomToSpare() {
        MapPoint tehran = MapPoint.of(35.69, 51.39, "Tehran");
        MapFrame frame = MapFrames.around(List.of(BAGHDAD, AMMAN, tehran));
        for (MapPoint point : List.of(BAGHDAD, AMMAN, tehran)) {
            double[] xy = svg(frame, point.lon(), point.lat());
            assertTrue(xy[0] > 50 && xy[0] < MapFrame.WIDTH - 50, point.label() + " x " + xy[0]);
            assertTrue(xy[1] > 30 && xy[1] < frame.height() - 30, point.label() + " y " + xy[1]);
        }
    }

    @Test
    void placesAcrossTheAntimeridianGetANarrowView() {
        MapPoint suva = MapPoint.of(-18.14, 178.44, "Suva");
        MapPoint apia = MapPoint.of(-13.83, -171.76, "Apia");
        MapFrame frame = MapFrames.around(List.of(suva, apia));
        assertNotNull(frame);
        assertTrue(frame.east() - frame.west() < 30, "not the whole world: " + (frame.east() - frame.west()));
        double suvaX = svg(frame, MapFrames.nearLon(suva.lon(), frame.centerLon()), suva.lat())[0];
        double apiaX = svg(frame, MapFrames.nearLon(apia.lon(), frame.centerLon()), apia.lat())[0];
        assertTrue(suvaX > 0 && suvaX < apiaX && apiaX < MapFrame.WIDTH, suvaX + " " + apiaX);
    }

    @Test
    void placesOnOppositeSidesOfTheWorldGetNoRegionalFrame() {
        assertNull(MapFrames.around(List.of(
                MapPoint.of(40.7, -74.0, "New York"),
                MapPoint.of(35.7, 139.7, "Tokyo"),
                MapPoint.of(51.5, -0.1, "London"))));
    }

    @Test
    void gridViewsHoldTheirPointsWithAnEighthToSpare() {
        MapPoint tehran = MapPoint.of(35.69, 51.39, "Tehran");
        MapPoint suva = MapPoint.of(-18.14, 178.44, "Suva");
        MapPoint apia = MapPoint.of(-13.83, -171.76, "Apia");
        for (List<MapPoint> points : List.of(
                List.of(BAGHDAD),
                List.of(BAGHDAD, AMMAN, tehran),
                List.of(suva, apia),
                List.of(MapPoint.of(78.22, 15.65, "Longyearbyen")),
                List.of(MapPoint.of(0.1, 0.1, "Null Island")))) {
            MapTiles.Tile tile = MapTiles.fit(points);
            assertNotNull(tile, points.toString());
            assertEquals(MapFrames.ASPECT, MapFrame.WIDTH / tile.frame().height(), 1e-9);
            for (MapPoint point : points) {
                double[] xy = svg(
                        tile.frame(),
                        MapFrames.nearLon(point.lon(), tile.frame().centerLon()),
                        point.lat());
                assertTrue(
                        xy[0] >= MapFrame.WIDTH / 8 - 0.01 && xy[0] <= MapFrame.WIDTH * 7 / 8 + 0.01,
                        point.label() + " x " + xy[0] + " in " + tile.name());
                assertTrue(
                        xy[1] >= tile.frame().height() / 8 - 0.01
                                && xy[1] <= tile.frame().height() * 7 / 8 + 0.01,
                        point.label() + " y " + xy[1] + " in " + tile.name());
            }
        }
    }

    @Test
    void theSmallestGridViewWins() {
        assertTrue(MapTiles.fit(List.of(BAGHDAD)).name().startsWith("r0-"));
        assertTrue(MapTiles.fit(List.of(BAGHDAD, AMMAN)).name().startsWith("r0-"), "8.5 degrees apart");
        assertTrue(MapTiles.fit(List.of(BAGHDAD, MapPoint.of(41.01, 28.98, "Istanbul")))
                .name()
                .startsWith("r1-"));
        assertTrue(MapTiles.fit(List.of(MapPoint.of(40.7, -74.0, "New York"), MapPoint.of(51.5, -0.1, "London")))
                .name()
                .startsWith("r3-"));
        assertNull(MapTiles.fit(List.of(MapPoint.of(40.7, -74.0, "New York"), MapPoint.of(35.7, 139.7, "Tokyo"))));
    }

    private static double[] svg(MapFrame frame, double lon, double lat) {
        double[] xy = new double[2];
        frame.toSvg(lon, lat, xy);
        return xy;
    }

    /** Even-odd test of an SVG point against the country's rings, projected through the frame. */
    private static boolean insideProjected(MapFrame frame, CountryOutline country, double[] p) {
        boolean inside = false;
        for (int r = 0; r < country.ringCount(); r++) {
            int[] ring = country.ring(r);
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double[] a = svg(frame, ring[2 * i] / CountryOutline.UNIT, ring[2 * i + 1] / CountryOutline.UNIT);
                double[] b = svg(frame, ring[2 * j] / CountryOutline.UNIT, ring[2 * j + 1] / CountryOutline.UNIT);
                if ((a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
