package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps for HTML pages, drawn from the bundled Natural Earth outlines: no tiles, no scripts, no
 * network. A map is two parts. The outlines (sea, countries, their names) are a standalone SVG
 * file, {@link #outlineFile}, shared by every page whose map has the same {@link MapPlan}: regional
 * views lie on a fixed grid ({@link MapTiles}), so an archive's thousands of maps need a few
 * hundred files. The page holds {@link #html}: the file as an image, a world inset locating
 * regional views, and an inline SVG with the points and their labels. Output is deterministic
 * (the points' order does not matter).
 *
 * <p>Theme CSS styles the page's part through classes: {@code map-outline}, {@code map-inset},
 * {@code map-overlay} (the inline SVG), {@code map-point}, {@code map-label} and
 * {@code map-locator} (the view's frame on the inset).
 */
public final class SvgMap {
    /** Points are named on the map itself only up to this many; tooltips always. */
    static final int MAX_LABELS = 8;
    /** Regions wider than this many degrees of longitude are drawn from the 1:110m outlines. */
    private static final double DETAILED_UP_TO_DEGREES = 75;

    private static final MapPlan INSET =
            new MapPlan("world-inset.svg", MapFrames.world(List.of()), WorldOutlines.coarse(), null, true, false);
    /**
     * The outline files drawn so far, by file name: a cache of a pure function of the plan, so that
     * a file is drawn once per build however many pages show it (their labels keep clear of its
     * country names). Cleared when it grows past a few thousand files.
     */
    private static final Map<String, OutlineLayer.Drawing> DRAWN = new ConcurrentHashMap<>();

    private static final int MAX_CACHED = 4096;

    private SvgMap() {}

    /**
     * The whole world (Equal Earth, 1:110m), for points spread over it; cut below 60°S unless a
     * point lies further south.
     */
    public static MapPlan world(List<MapPoint> points) {
        MapFrame frame = MapFrames.world(points);
        return new MapPlan(worldName("world", frame), frame, WorldOutlines.coarse(), null, true, true);
    }

    /**
     * The smallest view of the grid around the points, about 900 km tall at least, so that a single
     * town shows its neighbours; points spread over more than a region get the world, as do none.
     */
    public static MapPlan around(List<MapPoint> points) {
        MapTiles.Tile tile = points.isEmpty() ? null : MapTiles.fit(points);
        if (tile == null) {
            return world(points);
        }
        return new MapPlan(tile.name() + ".svg", tile.frame(), outlinesFor(tile.frame()), null, false, true);
    }

    /**
     * A country's main landmass and the points, the country highlighted; for a place page about a
     * country. A country too large for a regional map (Russia) is highlighted on the world; an
     * unknown code gets {@link #around}.
     *
     * @param alpha2 ISO 3166-1 alpha-2 code, as in {@code PlaceMention.country()}
     */
    public static MapPlan country(String alpha2, List<MapPoint> points) {
        Optional<CountryOutline> country = WorldOutlines.detailed().country(alpha2);
        if (country.isEmpty()) {
            return around(points);
        }
        String code = country.get().alpha2();
        double[] bounds = country.get().mainLandBounds();
        List<MapPoint> extent = new ArrayList<>(points);
        extent.add(MapPoint.of(bounds[1], bounds[0], ""));
        extent.add(MapPoint.of(bounds[3], bounds[2], ""));
        MapFrame frame = MapFrames.around(extent);
        String name = code.toLowerCase(Locale.ROOT);
        if (frame == null) {
            MapFrame world = MapFrames.world(points);
            return new MapPlan(worldName("world-" + name, world), world, WorldOutlines.coarse(), code, true, true);
        }
        return new MapPlan("country-" + name + ".svg", frame, outlinesFor(frame), code, false, true);
    }

    /** The outline files a plan's map shows: its own and, for regional views, the world inset. */
    public static List<MapPlan> files(MapPlan plan) {
        return plan.world ? List.of(plan) : List.of(plan, INSET);
    }

    /** The text of a plan's outline file, to be written as {@code assets/maps/<plan.fileName()>}. */
    public static String outlineFile(MapPlan plan) {
        return drawing(plan).svg();
    }

    /**
     * The map as HTML for a page: {@code <img>}s of the plan's files and an inline SVG with the
     * points (every label and attribute escaped, so print it unescaped: {@code ?no_esc}).
     *
     * @param title    the accessible name of the map ("Map of Rawah, Iraq")
     * @param mapsHref the relative URL of the folder holding the outline files, ending in '/'
     */
    public static String html(MapPlan plan, List<MapPoint> points, String title, String mapsHref) {
        return SvgMapWriter.html(plan, points, title, mapsHref, drawing(plan).labels(), plan.world ? null : INSET);
    }

    /** The accessible title a list of points gets by default: "Map of Mosul, Baghdad and 3 other places". */
    public static String defaultTitle(String prefix, List<MapPoint> points) {
        List<String> names = points.stream()
                .sorted(SvgMapWriter.BIG_FIRST)
                .map(MapPoint::label)
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return prefix.strip();
        }
        if (names.size() == 1) {
            return prefix + names.get(0);
        }
        if (names.size() <= 3) {
            return prefix + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                    + names.get(names.size() - 1);
        }
        return prefix
                + String.join(", ", names.subList(0, 2))
                + String.format(Locale.ROOT, " and %d other places", names.size() - 2);
    }

    private static OutlineLayer.Drawing drawing(MapPlan plan) {
        OutlineLayer.Drawing known = DRAWN.get(plan.fileName());
        if (known != null) {
            return known;
        }
        if (DRAWN.size() >= MAX_CACHED) {
            DRAWN.clear();
        }
        return DRAWN.computeIfAbsent(plan.fileName(), name -> OutlineLayer.draw(plan));
    }

    /** "world.svg", or "world-s78.svg" for a world reaching further south than usual to show a point. */
    private static String worldName(String prefix, MapFrame frame) {
        return frame.south() < -61 ? prefix + "-s" + Math.round(-frame.south()) + ".svg" : prefix + ".svg";
    }

    private static WorldOutlines outlinesFor(MapFrame frame) {
        return frame.east() - frame.west() <= DETAILED_UP_TO_DEGREES
                ? WorldOutlines.detailed()
                : WorldOutlines.coarse();
    }
}
