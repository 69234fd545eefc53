package org.broadsheet.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvgMapTest {
    private static final MapPoint BAGHDAD = new MapPoint(33.34, 44.40, "Baghdad", 12);
    private static final MapPoint MOSUL = new MapPoint(36.34, 43.13, "Mosul", 3);
    private static final MapPoint RAWAH = new MapPoint(34.47, 41.92, "Rawah", 1);
    private static final String MAPS = "../../assets/maps/";

    @Test
    void aSinglePlaceIsShownAmongItsNamedNeighbours() throws Exception {
        MapPlan plan = SvgMap.around(List.of(RAWAH));
        List<String> names = texts(parse(SvgMap.outlineFile(plan)), "text");
        assertTrue(names.contains("Iraq") && names.contains("Syria"), names.toString());
        assertTrue(names.size() >= 3, "neighbours named too: " + names);
        Document overlay = overlay(SvgMap.html(plan, List.of(RAWAH), "Map of Rawah, Iraq", MAPS));
        Element circle = only(overlay, "circle");
        double cx = Double.parseDouble(circle.getAttribute("cx"));
        double cy = Double.parseDouble(circle.getAttribute("cy"));
        assertTrue(cx > 100 && cx < 900 && cy > 60 && cy < 600, cx + "," + cy);
        assertEquals(List.of("Rawah"), texts(overlay, "text"));
        assertEquals("Map of Rawah, Iraq", texts(overlay, "title").get(0));
    }

    @Test
    void nearbyPagesShareOneOutlineFileAndFarOnesDoNot() {
        MapPlan baghdad = SvgMap.around(List.of(BAGHDAD));
        MapPlan nearBaghdad = SvgMap.around(List.of(MapPoint.of(33.2, 44.1, "Abu Ghraib")));
        assertEquals(baghdad.fileName(), nearBaghdad.fileName());
        assertNotEquals(
                baghdad.fileName(),
                SvgMap.around(List.of(MapPoint.of(48.86, 2.35, "Paris"))).fileName());
        assertTrue(baghdad.fileName().matches("r0-[ns]\\d+-[ew]\\d+\\.svg"), baghdad.fileName());
    }

    @Test
    void thePageHoldsOnlyThePointsAndLinksTheOutlineFileAndTheInset() throws Exception {
        MapPlan plan = SvgMap.around(List.of(BAGHDAD, MOSUL));
        String html = SvgMap.html(plan, List.of(BAGHDAD, MOSUL), "Places", MAPS);
        assertTrue(html.startsWith("<img class=\"map-outline\" src=\"" + MAPS + plan.fileName() + "\" alt=\"\""), html);
        assertTrue(html.contains("src=\"" + MAPS + "world-inset.svg\""), html);
        assertFalse(html.contains("<path"), "no outlines inline");
        assertFalse(html.contains("<a"), "no links inside the map: the page lists the places beside it");
        assertTrue(html.length() < 2_000, "a few hundred bytes: " + html.length());
        assertEquals(
                List.of(plan.fileName(), "world-inset.svg"),
                SvgMap.files(plan).stream().map(MapPlan::fileName).toList());
        Document overlay = overlay(html);
        assertEquals("img", overlay.getDocumentElement().getAttribute("role"));
        Element locator = only(overlay, "rect");
        double x = Double.parseDouble(locator.getAttribute("x"));
        assertTrue(x >= 10 && x <= 250 || x >= 750 && x <= 990, "the locator lies on the inset: " + x);
    }

    @Test
    void theInsetKeepsClearOfThePoints() throws Exception {
        MapPlan plan = SvgMap.around(List.of(RAWAH));
        Matcher chosen = Pattern.compile("map-inset-(b|t)(l|r)").matcher(SvgMap.html(plan, List.of(RAWAH), "x", MAPS));
        assertTrue(chosen.find());
        // a second point in the corner the inset took, an eighth of the view from its edges
        double lon = plan.frame.west()
                + (plan.frame.east() - plan.frame.west()) * (chosen.group(2).equals("l") ? 0.14 : 0.86);
        double lat = plan.frame.south()
                + (plan.frame.north() - plan.frame.south()) * (chosen.group(1).equals("b") ? 0.14 : 0.86);
        List<MapPoint> points = List.of(RAWAH, MapPoint.of(lat, lon, "Corner"));
        assertFalse(
                SvgMap.html(plan, points, "x", MAPS).contains(chosen.group()), "the inset moved away from the point");
    }

    @Test
    void landAndSeaStayApartInBothColourSchemes() {
        String file = SvgMap.outlineFile(SvgMap.around(List.of(BAGHDAD)));
        int dark = file.indexOf("prefers-color-scheme:dark");
        assertTrue(dark > 0, "a dark scheme");
        for (String scheme : List.of(file.substring(0, dark), file.substring(dark))) {
            double ratio = contrast(fill(scheme, "land"), fill(scheme, "sea"));
            assertTrue(ratio >= 1.6, "land against sea: " + ratio);
            assertTrue(contrast(fill(scheme, "names"), fill(scheme, "land")) >= 4.5, "names on land");
        }
    }

    @Test
    void worldMapsShowEveryPointWithTooltips() throws Exception {
        MapPlan plan = SvgMap.world(List.of(BAGHDAD, MOSUL, RAWAH));
        Document svg = overlay(SvgMap.html(plan, List.of(BAGHDAD, MOSUL, RAWAH), "World", MAPS));
        assertEquals("world.svg", plan.fileName());
        assertEquals(List.of(plan), SvgMap.files(plan), "no inset on the world");
        assertEquals(3, svg.getElementsByTagName("circle").getLength());
        assertEquals("Baghdad", texts(svg, "title").get(1), "heaviest point drawn first, tooltip is its label");
        double baghdad = radius(svg, 0);
        double rawah = radius(svg, 2);
        assertTrue(baghdad > 2 * rawah, "weight shows as size: " + baghdad + " vs " + rawah);
        assertTrue(
                texts(parse(SvgMap.outlineFile(plan)), "text").containsAll(List.of("Russia", "Brazil", "Australia")));
    }

    @Test
    void fewPointsAreLabelledManyAreNot() throws Exception {
        List<MapPoint> three = List.of(BAGHDAD, MOSUL, RAWAH);
        assertEquals(
                3,
                overlay(SvgMap.html(SvgMap.around(three), three, "x", MAPS))
                        .getElementsByTagName("text")
                        .getLength());
        List<MapPoint> many = randomPoints(SvgMap.MAX_LABELS + 1, 7);
        Document crowded = overlay(SvgMap.html(SvgMap.world(many), many, "x", MAPS));
        assertEquals(0, crowded.getElementsByTagName("text").getLength());
        assertEquals(
                SvgMap.MAX_LABELS + 1, crowded.getElementsByTagName("circle").getLength());
    }

    @Test
    void labelsNeverCoverAnotherPoint() throws Exception {
        // a town 90 km east of another, where the first one's label would go
        MapPoint west = new MapPoint(34.45, 40.92, "Westerly Junction", 2);
        MapPoint east = new MapPoint(34.47, 41.92, "Eastwick", 1);
        Document svg = overlay(SvgMap.html(SvgMap.around(List.of(west, east)), List.of(west, east), "x", MAPS));
        double cx =
                Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(1)).getAttribute("cx"));
        double cy =
                Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(1)).getAttribute("cy"));
        Element label = (Element) svg.getElementsByTagName("text").item(0);
        assertEquals("Westerly Junction", label.getTextContent());
        double x = Double.parseDouble(label.getAttribute("x"));
        double y = Double.parseDouble(label.getAttribute("y"));
        double half = 0.6 * PointLayer.FONT_SIZE * "Westerly Junction".length() / 2;
        boolean covers =
                cx > x - half && cx < x + half && cy > y - PointLayer.FONT_SIZE && cy < y + PointLayer.FONT_SIZE / 2;
        assertFalse(covers, "label at " + x + "," + y + " covers the point at " + cx + "," + cy);
        assertEquals(2, svg.getElementsByTagName("text").getLength());
    }

    @Test
    void labelsAndTitlesAreEscaped() throws Exception {
        MapPoint hostile = new MapPoint(33.3, 44.4, "<script>alert(1)</script> & \"Co\"", 1);
        String html = SvgMap.html(SvgMap.around(List.of(hostile)), List.of(hostile), "Map of <b>", "../x\"y/");
        assertFalse(html.contains("<script") || html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assertTrue(html.contains("src=\"../x&quot;y/"));
        assertEquals(hostile.label(), texts(overlay(html), "text").get(0));
    }

    @Test
    void sameInputGivesSameBytesWhateverTheOrderOrLocale() {
        List<MapPoint> points = randomPoints(40, 3);
        String first = SvgMap.html(SvgMap.world(points), points, "x", MAPS);
        List<MapPoint> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(5));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, SvgMap.html(SvgMap.world(shuffled), shuffled, "x", MAPS));
            MapPlan iraq = SvgMap.around(List.of(BAGHDAD, MOSUL));
            assertEquals(iraq, SvgMap.around(List.of(MOSUL, BAGHDAD)));
            assertEquals(
                    SvgMap.html(iraq, List.of(BAGHDAD, MOSUL), "x", MAPS),
                    SvgMap.html(iraq, List.of(MOSUL, BAGHDAD), "x", MAPS));
            assertFalse(SvgMap.outlineFile(iraq).matches("(?s).*\\d,\\d.*"), "no locale decimal commas");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void outlineFilesStaySmall() {
        assertTrue(SvgMap.outlineFile(SvgMap.world(List.of())).length() < 60_000, "world");
        assertTrue(SvgMap.outlineFile(SvgMap.around(List.of(BAGHDAD))).length() < 30_000, "one place");
        MapPlan europe = SvgMap.around(List.of(
                MapPoint.of(51.5, -0.1, "London"),
                MapPoint.of(41.9, 12.5, "Rome"),
                MapPoint.of(59.3, 18.1, "Stockholm")));
        assertTrue(SvgMap.outlineFile(europe).length() < 100_000, "a coastline-heavy region");
    }

    @Test
    void pointsSpreadOverTheGlobeGetTheWorld() {
        MapPlan plan = SvgMap.around(List.of(MapPoint.of(40.7, -74.0, "New York"), MapPoint.of(35.7, 139.7, "Tokyo")));
        assertEquals("world.svg", plan.fileName());
        assertEquals("world.svg", SvgMap.around(List.of()).fileName());
        assertEquals(
                "world-s83.svg",
                SvgMap.around(List.of(MapPoint.of(-77.8, 166.7, "McMurdo"), MapPoint.of(64.1, -21.9, "Reykjavik")))
                        .fileName());
    }

    @Test
    void oneSharedRendererServesManyThreads() {
        List<List<MapPoint>> inputs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inputs.add(randomPoints(1 + i % 4, i).stream()
                    .map(p -> new MapPoint(p.lat() / 4 + 30, p.lon() / 8 + 20, p.label(), p.weight()))
                    .toList());
        }
        List<String> sequential = inputs.stream()
                .map(p -> SvgMap.html(SvgMap.around(p), p, "x", MAPS))
                .toList();
        assertEquals(
                sequential,
                inputs.parallelStream()
                        .map(p -> SvgMap.html(SvgMap.around(p), p, "x", MAPS))
                        .toList());
    }

    @Test
    void polarPlacesStayInView() throws Exception {
        MapPoint longyearbyen = MapPoint.of(78.22, 15.65, "Longyearbyen");
        Document svalbard =
                overlay(SvgMap.html(SvgMap.around(List.of(longyearbyen)), List.of(longyearbyen), "x", MAPS));
        double cy = Double.parseDouble(only(svalbard, "circle").getAttribute("cy"));
        assertTrue(cy > 50 && cy < 620, "cy " + cy);
    }

    @Test
    void aCountryMapShowsTheWholeMainlandHighlighted() throws Exception {
        MapPlan france = SvgMap.country("FR", List.of(MapPoint.of(48.86, 2.35, "Paris")));
        assertEquals("country-fr.svg", france.fileName());
        assertEquals(1, focusPaths(parse(SvgMap.outlineFile(france))));
        List<MapPoint> brestAndNice = List.of(MapPoint.of(48.39, -4.49, "Brest"), MapPoint.of(43.70, 7.27, "Nice"));
        MapPlan plan = SvgMap.country("FR", brestAndNice);
        for (Node circle :
                iterable(overlay(SvgMap.html(plan, brestAndNice, "x", MAPS)).getElementsByTagName("circle"))) {
            double cx = Double.parseDouble(((Element) circle).getAttribute("cx"));
            assertTrue(cx > 30 && cx < MapFrame.WIDTH - 30, "inside the view: " + cx);
        }
    }

    @Test
    void aCountryTooLargeForARegionIsHighlightedOnTheWorld() throws Exception {
        MapPlan russia = SvgMap.country("RU", List.of(MapPoint.of(55.75, 37.62, "Moscow")));
        assertEquals("world-ru.svg", russia.fileName());
        assertEquals(1, focusPaths(parse(SvgMap.outlineFile(russia))));
        assertEquals(SvgMap.around(List.of(BAGHDAD)), SvgMap.country("ZZ", List.of(BAGHDAD)));
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String fill(String css, String cls) {
        Matcher m = Pattern.compile("\\." + cls + "\\{fill:(#[0-9a-f]{6})").matcher(css);
        assertTrue(m.find(), cls + " in " + css);
        return m.group(1);
    }

    private static int focusPaths(Document svg) {
        int focus = 0;
        for (Node path : iterable(svg.getElementsByTagName("path"))) {
            if (((Element) path).getAttribute("class").equals("focus")) {
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
            points.add(new MapPoint(
                    random.nextDouble() * 120 - 55,
                    random.nextDouble() * 360 - 180,
                    "Place " + i,
                    1 + (int) (30 / (1 + random.nextInt(30)))));
        }
        return points;
    }

    /** The inline SVG of a page's map, parsed. */
    static Document overlay(String html) throws Exception {
        return parse(html.substring(html.indexOf("<svg")));
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

    private static List<String> texts(Document svg, String tag) {
        List<String> out = new ArrayList<>();
        for (Node n : iterable(svg.getElementsByTagName(tag))) {
            out.add(n.getTextContent());
        }
        return out;
    }

    private static double radius(Document svg, int index) {
        return Double.parseDouble(((Element) svg.getElementsByTagName("circle").item(index)).getAttribute("r"));
    }
}
