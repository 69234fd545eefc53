package org.broadsheet.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvgMapTest {
    private static final MapPoint BAGHDAD = new MapPoint(33.34, 44.40, "Baghdad", "../baghdad/", 12);
    private static final MapPoint MOSUL = new MapPoint(36.34, 43.13, "Mosul", "../mosul/", 3);
    private static final MapPoint RAWAH = new MapPoint(34.47, 41.92, "Rawah", null, 1);

    @Test
    void aMapAroundOnePlaceHasThePointInTheMiddle() throws Exception {
        Document svg = parse(SvgMap.around(List.of(BAGHDAD)));
        Element root = svg.getDocumentElement();
        assertEquals("0 0 1000 666.7", root.getAttribute("viewBox"));
        Element circle = only(svg, "circle");
        assertEquals("500", circle.getAttribute("cx"));
        assertEquals("333.3", circle.getAttribute("cy"));
        assertEquals("../baghdad/", ((Element) circle.getParentNode()).getAttribute("href"));
        assertEquals("Map of Baghdad", text(svg, "title", 0));
        assertTrue(root.getAttribute("class").contains("map-region"));
    }

    @Test
    void theCountryHoldingThePlaceIsHighlightedAndItsNeighboursDrawn() throws Exception {
        Document svg = parse(SvgMap.around(List.of(BAGHDAD)));
        assertEquals(1, focusPaths(svg), "Iraq alone is highlighted");
        int paths = svg.getElementsByTagName("path").getLength();
        assertTrue(paths >= 3, "Iraq, Iran and more: " + paths);
    }

    @Test
    void worldMapsShowEveryPointWithTooltipsAndLinks() throws Exception {
        Document svg = parse(SvgMap.world(List.of(BAGHDAD, MOSUL, RAWAH)));
        assertEquals(3, svg.getElementsByTagName("circle").getLength());
        assertEquals(2, svg.getElementsByTagName("a").getLength(), "Rawah has no link");
        assertTrue(svg.getDocumentElement().getAttribute("class").contains("map-world"));
        assertEquals("World map of Baghdad, Mosul and Rawah", text(svg, "title", 0));
        assertEquals("Baghdad", text(svg, "title", 1), "heaviest point drawn first, tooltip is its label");
        double baghdad = radius(svg, 0);
        double rawah = radius(svg, 2);
        assertTrue(baghdad > 2 * rawah, "weight shows as size: " + baghdad + " vs " + rawah);
    }

    @Test
    void fewPointsAreLabelledManyAreNot() throws Exception {
        assertEquals(3, parse(SvgMap.around(List.of(BAGHDAD, MOSUL, RAWAH))).getElementsByTagName("text").getLength());
        Document crowded = parse(SvgMap.world(randomPoints(SvgMap.MAX_LABELS + 1, 7)));
        assertEquals(0, crowded.getElementsByTagName("text").getLength());
        assertEquals(SvgMap.MAX_LABELS + 1, crowded.getElementsByTagName("circle").getLength());
    }

    @Test
    void labelsThatWouldOverlapAreLeftToTheTooltip() throws Exception {
        MapPoint sadrCity = new MapPoint(33.39, 44.46, "Sadr City", null, 2);
        MapPoint kadhimiya = new MapPoint(33.38, 44.34, "Kadhimiya", null, 1);
        Document svg = parse(SvgMap.world(List.of(BAGHDAD, sadrCity, kadhimiya)));
        assertEquals(2, svg.getElementsByTagName("text").getLength(), "one right, one left, no room for a third");
        assertEquals("Baghdad", text(svg, "text", 0));
        assertEquals("Sadr City", text(svg, "text", 1));
        assertEquals(3, svg.getElementsByTagName("circle").getLength());
    }

    @Test
    void labelsAndLinksAreEscaped() throws Exception {
        MapPoint hostile = new MapPoint(33.3, 44.4, "<script>alert(1)</script> & \"Co\"", "a?b=1&c=\"x\"", 1);
        String markup = SvgMap.around(List.of(hostile));
        assertFalse(markup.contains("<script"), markup);
        assertTrue(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        Document svg = parse(markup);
        assertEquals(hostile.label(), text(svg, "text", 0));
        assertEquals(hostile.href(), ((Element) svg.getElementsByTagName("a").item(0)).getAttribute("href"));
        assertEquals("Map of " + hostile.label(), text(svg, "title", 0));
        assertThrows(IllegalArgumentException.class, () -> new MapPoint(0, 0, "x", "javascript:alert(1)", 1));
    }

    @Test
    void sameInputGivesSameBytesWhateverTheOrderOrLocale() {
        List<MapPoint> points = randomPoints(40, 3);
        String first = SvgMap.world(points);
        List<MapPoint> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(5));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, SvgMap.world(shuffled));
            assertEquals(SvgMap.around(List.of(BAGHDAD, MOSUL)), SvgMap.around(List.of(MOSUL, BAGHDAD)));
        } finally {
            Locale.setDefault(before);
        }
        assertFalse(first.matches("(?s).*\\d,\\d.*"), "no locale decimal commas");
    }

    @Test
    void mapsStaySmall() {
        assertTrue(SvgMap.world(List.of()).length() < 60_000, "empty world map");
        assertTrue(SvgMap.world(randomPoints(500, 11)).length() < 150_000, "world map with 500 points");
        assertTrue(SvgMap.around(List.of(BAGHDAD)).length() < 30_000, "one place");
        String europe = SvgMap.around(List.of(MapPoint.of(51.5, -0.1, "London"), MapPoint.of(41.9, 12.5, "Rome"),
                MapPoint.of(59.3, 18.1, "Stockholm")));
        assertTrue(europe.length() < 100_000, "a coastline-heavy region: " + europe.length());
    }

    @Test
    void pointsSpreadOverTheGlobeGetAWorldMap() throws Exception {
        Document svg = parse(SvgMap.around(List.of(MapPoint.of(40.7, -74.0, "New York"), MapPoint.of(35.7, 139.7, "Tokyo"))));
        assertTrue(svg.getDocumentElement().getAttribute("class").contains("map-world"));
        assertEquals(2, svg.getElementsByTagName("circle").getLength());
    }

    @Test
    void oneSharedRendererServesManyThreads() {
        List<List<MapPoint>> inputs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inputs.add(randomPoints(1 + i % 4, i).stream()
                    .map(p -> new MapPoint(p.lat() / 4 + 30, p.lon() / 8 + 20, p.label(), p.href(), p.weight())).toList());
        }
        List<String> sequential = inputs.stream().map(SvgMap::around).toList();
        assertEquals(sequential, inputs.parallelStream().map(SvgMap::around).toList());
    }

    @Test
    void noPointsGiveAnEmptyWorldAndPolarPlacesStayInView() throws Exception {
        Document empty = parse(SvgMap.around(List.of()));
        assertTrue(empty.getDocumentElement().getAttribute("class").contains("map-world"));
        assertEquals(0, empty.getElementsByTagName("circle").getLength());
        Document svalbard = parse(SvgMap.around(List.of(MapPoint.of(78.22, 15.65, "Longyearbyen"))));
        double viewHeight = Double.parseDouble(svalbard.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
        double cy = Double.parseDouble(((Element) svalbard.getElementsByTagName("circle").item(0)).getAttribute("cy"));
        assertEquals(viewHeight / 2, cy, 0.1);
    }

    @Test
    void aCountryMapShowsTheWholeMainlandHighlighted() throws Exception {
        MapPoint paris = MapPoint.of(48.86, 2.35, "Paris");
        Document svg = parse(SvgMap.country("FR", List.of(paris)));
        assertEquals("Map of France", text(svg, "title", 0));
        assertEquals(1, focusPaths(svg));
        String brestAndNice = SvgMap.country("FR", List.of(MapPoint.of(48.39, -4.49, "Brest"), MapPoint.of(43.70, 7.27, "Nice")));
        for (Node circle : iterable(parse(brestAndNice).getElementsByTagName("circle"))) {
            double cx = Double.parseDouble(((Element) circle).getAttribute("cx"));
            assertTrue(cx > 30 && cx < MapFrame.WIDTH - 30, "inside the view: " + cx);
        }
    }

    @Test
    void aCountryTooLargeForARegionIsHighlightedOnTheWorldMap() throws Exception {
        Document russia = parse(SvgMap.country("RU", List.of(MapPoint.of(55.75, 37.62, "Moscow"))));
        assertTrue(russia.getDocumentElement().getAttribute("class").contains("map-world"));
        assertEquals(1, focusPaths(russia));
        Document unknown = parse(SvgMap.country("ZZ", List.of(MapPoint.of(33.34, 44.40, "Baghdad"))));
        assertEquals("Map of ZZ", text(unknown, "title", 0));
        assertEquals("500", ((Element) unknown.getElementsByTagName("circle").item(0)).getAttribute("cx"));
    }

    private static int focusPaths(Document svg) {
        int focus = 0;
        for (Node path : iterable(svg.getElementsByTagName("path"))) {
            if (((Element) path).getAttribute("class").equals("map-focus")) {
                focus++;
            }
        }
        return focus;
    }

    private static List<Node> iterable(NodeList nodes) {
        List<Node> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add(nodes.item(i));
        }
        return list;
    }

    static List<MapPoint> randomPoints(int count, long seed) {
        Random random = new Random(seed);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new MapPoint(random.nextDouble() * 120 - 55, random.nextDouble() * 360 - 180, "Place " + i,
                    "../place-" + i + "/", 1 + (int) (30 / (1 + random.nextInt(30)))));
        }
        return points;
    }

    /** Parses with a strict XML parser: the SVG must also be well-formed XML. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element only(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), tag);
        return (Element) nodes.item(0);
    }

    private static String text(Document svg, String tag, int index) {
        return svg.getElementsByTagName(tag).item(index).getTextContent();
    }

    private static double radius(Document svg, int index) {
        return Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(index)).getAttribute("r"));
    }
}
