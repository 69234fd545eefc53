package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Assembles the SVG markup of one map: sea, land, highlighted countries, points and labels. */
final class SvgMapWriter {
    private static final String SEA = "#dce8f2";
    private static final String LAND = "#f3f0e8";
    private static final String FOCUS = "#e6dcc3";
    private static final String BORDER = "#a39d8f";
    private static final String POINT = "#b8322a";
    /** Drawing order: heavier points first, so lighter ones stay visible on top; then by name. */
    static final Comparator<MapPoint> BIG_FIRST = Comparator
            .comparingInt(MapPoint::weight).reversed()
            .thenComparing(MapPoint::label)
            .thenComparingDouble(MapPoint::lat)
            .thenComparingDouble(MapPoint::lon)
            .thenComparing(p -> p.href() == null ? "" : p.href());

    private SvgMapWriter() {
    }

    /**
     * The map of the frame's view. {@code region} chooses a rectangular sea and thicker borders
     * (a world map gets the globe's outline); countries matching {@code focus} are highlighted.
     */
    static String render(MapFrame frame, WorldOutlines outlines, List<MapPoint> points, String title,
                         boolean region, double minRadius, double maxRadius, Predicate<CountryOutline> focus) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map ")
                .append(region ? "map-region" : "map-world").append("\" viewBox=\"0 0 ");
        SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append(' ');
        SvgMarkup.appendDecimal(svg, frame.height()).append("\" width=\"100%\" role=\"img\"><title>");
        SvgMarkup.appendEscaped(svg, title).append("</title>");

        OutlinePath paths = new OutlinePath(frame, true);
        appendSea(svg, frame, paths, region);
        svg.append("<g class=\"map-land\" fill=\"").append(LAND).append("\" stroke=\"").append(BORDER)
                .append("\" stroke-width=\"").append(region ? "0.8" : "0.5")
                .append("\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        for (CountryOutline country : outlines.countries()) {
            String d = paths.pathOf(country);
            if (d.isEmpty()) {
                continue;
            }
            svg.append("<path");
            if (focus.test(country)) {
                svg.append(" class=\"map-focus\" fill=\"").append(FOCUS).append('"');
            }
            svg.append(" d=\"").append(d).append("\"/>");
        }
        svg.append("</g>");

        List<MapPoint> ordered = new ArrayList<>(points);
        ordered.sort(BIG_FIRST);
        new PointLayer(frame, minRadius, maxRadius, POINT).append(svg, ordered, ordered.size() <= SvgMap.MAX_LABELS);
        return svg.append("</svg>").toString();
    }

    private static void appendSea(StringBuilder svg, MapFrame frame, OutlinePath paths, boolean region) {
        if (region) {
            svg.append("<rect class=\"map-sea\" width=\"");
            SvgMarkup.appendDecimal(svg, MapFrame.WIDTH).append("\" height=\"");
            SvgMarkup.appendDecimal(svg, frame.height()).append("\" fill=\"").append(SEA).append("\"/>");
        } else {
            svg.append("<path class=\"map-sea\" fill=\"").append(SEA).append("\" d=\"")
                    .append(paths.pathOf(Globe.OUTLINE)).append("\"/>");
        }
    }

    /** The edge of the world in projections that do not fill a rectangle: the ±180° meridians. */
    static final class Globe {
        static final CountryOutline OUTLINE = new CountryOutline(null, null, "globe", new int[][] {ring()});

        private static int[] ring() {
            int[] ring = new int[2 * 74];
            int i = 0;
            for (int lat = 90; lat >= -90; lat -= 5) {
                ring[i++] = 18000;
                ring[i++] = lat * 100;
            }
            for (int lat = -90; lat <= 90; lat += 5) {
                ring[i++] = -18000;
                ring[i++] = lat * 100;
            }
            return ring;
        }
    }
}
