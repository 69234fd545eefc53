package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws maps as inline SVG for HTML5 pages, from the bundled Natural Earth outlines: no tiles,
 * no scripts, no network. The output is deterministic (the points' order does not matter) and
 * responsive ({@code viewBox} plus {@code width="100%"}).
 *
 * <p>Theme CSS can restyle it through classes: {@code map} on the root ({@code map-world} or
 * {@code map-region} beside it), {@code map-sea}, {@code map-land} (the group of country paths),
 * {@code map-focus} (a highlighted country: one holding a point on maps of a region, or the
 * country of {@link #country}), {@code map-point} (a circle) and {@code map-label} (a point's name
 * as text, drawn when there are few points). Presentation attributes give sensible colours when no
 * CSS applies; CSS rules on these classes override them.
 */
public final class SvgMap {
    /** Points are named on the map itself only up to this many; tooltips always. */
    static final int MAX_LABELS = 8;
    /** Regions wider than this many degrees of longitude are drawn from the 1:110m outlines. */
    private static final double DETAILED_UP_TO_DEGREES = 75;

    private SvgMap() {
    }

    /**
     * The whole world with the points on it, circles sized by weight; the more points, the smaller
     * the circles, so that hundreds of places stay readable and a handful stand out.
     */
    public static String world(List<MapPoint> points) {
        return world(points, defaultTitle("World map of ", points));
    }

    /** As {@link #world(List)}, with the given accessible title. */
    public static String world(List<MapPoint> points, String title) {
        return world(points, title, Optional.empty());
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
        return region(frame, points, title, country -> holdsAny(country, points));
    }

    /**
     * A map of one country, fitted to its main landmass and the points, the country highlighted;
     * for a place page about a country rather than a town. A country too large for a regional map
     * (Russia) gets the world map with the country highlighted; an unknown code gets
     * {@link #around(List)}.
     *
     * @param alpha2 ISO 3166-1 alpha-2 code, as in {@code PlaceMention.country()}
     */
    public static String country(String alpha2, List<MapPoint> points) {
        String name = WorldOutlines.detailed().country(alpha2).map(CountryOutline::name).orElse(alpha2);
        return country(alpha2, points, "Map of " + name);
    }

    /** As {@link #country(String, List)}, with the given accessible title. */
    public static String country(String alpha2, List<MapPoint> points, String title) {
        Optional<CountryOutline> country = WorldOutlines.detailed().country(alpha2);
        if (country.isEmpty()) {
            return around(points, title);
        }
        double[] bounds = country.get().mainLandBounds();
        List<MapPoint> extent = new ArrayList<>(points);
        extent.add(MapPoint.of(bounds[1], bounds[0], ""));
        extent.add(MapPoint.of(bounds[3], bounds[2], ""));
        MapFrame frame = MapFrames.around(extent);
        Optional<String> focus = Optional.of(country.get().alpha2());
        if (frame == null) {
            return world(points, title, focus);
        }
        return region(frame, points, title, outline -> focus.get().equals(outline.alpha2()));
    }

    private static String world(List<MapPoint> points, String title, Optional<String> focusAlpha2) {
        MapFrame frame = MapFrames.world(points);
        double few = Math.min(1, Math.sqrt(20.0 / Math.max(1, points.size())));
        return SvgMapWriter.render(frame, WorldOutlines.coarse(), points, title, false, 2.5 + 2 * few, 6 + 8 * few,
                outline -> focusAlpha2.isPresent() && focusAlpha2.get().equals(outline.alpha2()));
    }

    private static String region(MapFrame frame, List<MapPoint> points, String title,
                                 java.util.function.Predicate<CountryOutline> focus) {
        boolean detailed = frame.east() - frame.west() <= DETAILED_UP_TO_DEGREES;
        WorldOutlines outlines = detailed ? WorldOutlines.detailed() : WorldOutlines.coarse();
        return SvgMapWriter.render(frame, outlines, points, title, true, 6, 16, focus);
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
        List<String> names = points.stream().sorted(SvgMapWriter.BIG_FIRST).map(MapPoint::label).distinct().toList();
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
}
