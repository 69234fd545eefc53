package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws maps as inline SVG for HTML5 pages, from the bundled Natural Earth outlines: no tiles,
 * no scripts, no network. The output is deterministic (the points' order does not matter) and
 * responsive ({@code viewBox} plus {@code width="100%"}).
 *
 * <p>Theme CSS can restyle it through classes: {@code map} on the root ({@code map-world} or
 * {@code map-region} beside it), {@code map-sea}, {@code map-land} (the group of country paths),
 * {@code map-focus} (a country holding one of the points, on maps of a region), {@code map-point}
 * (a circle) and {@code map-label} (a point's name as text, drawn when there are few points).
 * Presentation attributes give sensible colours when no CSS applies; CSS rules on these classes
 * override them.
 */
public final class SvgMap {
    /** Points are named on the map itself only up to this many; tooltips always. */
    static final int MAX_LABELS = 8;
    private static final String SEA = "#dce8f2";
    private static final String LAND = "#f3f0e8";
    private static final String FOCUS = "#e6dcc3";
    private static final String BORDER = "#a39d8f";
    private static final String POINT = "#b8322a";
    private static final Comparator<MapPoint> BIG_FIRST = Comparator
            .comparingInt(MapPoint::weight).reversed()
            .thenComparing(MapPoint::label)
            .thenComparingDouble(MapPoint::lat)
            .thenComparingDouble(MapPoint::lon)
            .thenComparing(p -> p.href() == null ? "" : p.href());

    private SvgMap() {
    }

    /**
     * The whole world with the points on it, circles sized by weight; the more points, the smaller
     * the biggest circle, so that hundreds of places stay readable.
     */
    public static String world(List<MapPoint> points) {
        return world(points, defaultTitle("World map of ", points));
    }

    /** As {@link #world(List)}, with the given accessible title. */
    public static String world(List<MapPoint> points, String title) {
        MapFrame frame = MapFrames.world(points);
        double maxRadius = 6 + 8 * Math.min(1, Math.sqrt(20.0 / Math.max(1, points.size())));
        return render(frame, WorldOutlines.coarse(), points, title, false, 2.5, maxRadius);
    }

    /**
     * A map fitted to the points, with room around them and at least about 9 degrees of longitude
     * wide, so that a single town shows its surroundings. Points spread over more than a region
     * (90° of longitude or 60° of latitude) get the world map; no points give an empty world map.
     */
    public static String around(List<MapPoint> points) {
        return around(points, defaultTitle("Map of ", points));
    }

    /** As {@link #around(List)}, with the given accessible title. */
    public static String around(List<MapPoint> points, String title) {
        MapFrame frame = points.isEmpty() ? null : MapFrames.around(points);
        if (frame == null) {
            return world(points, title);
        }
        double degreesWide = (frame.east() - frame.west());
        WorldOutlines outlines = degreesWide > 75 ? WorldOutlines.coarse() : WorldOutlines.detailed();
        return render(frame, outlines, points, title, true, 6, 16);
    }

    private static String render(MapFrame frame, WorldOutlines outlines, List<MapPoint> points, String title,
                                 boolean region, double minRadius, double maxRadius) {
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
            if (region && holdsAny(country, points)) {
                svg.append(" class=\"map-focus\" fill=\"").append(FOCUS).append('"');
            }
            svg.append(" d=\"").append(d).append("\"/>");
        }
        svg.append("</g>");

        List<MapPoint> ordered = new ArrayList<>(points);
        ordered.sort(BIG_FIRST);
        new PointLayer(frame, minRadius, maxRadius, POINT).append(svg, ordered, ordered.size() <= MAX_LABELS);
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

    private static boolean holdsAny(CountryOutline country, List<MapPoint> points) {
        for (MapPoint point : points) {
            if (country.contains(point.lat(), point.lon())) {
                return true;
            }
        }
        return false;
    }

    private static String defaultTitle(String prefix, List<MapPoint> points) {
        List<String> names = points.stream().sorted(BIG_FIRST).map(MapPoint::label).distinct().toList();
        if (names.isEmpty()) {
            return prefix.startsWith("World") ? "World map" : "Map";
        }
        if (names.size() == 1) {
            return prefix + names.get(0);
        }
        if (names.size() <= 3) {
            return prefix + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return prefix + String.join(", ", names.subList(0, 2)) + String.format(Locale.ROOT,
                " and %d other places", names.size() - 2);
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
