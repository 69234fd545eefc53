package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;

/** Chooses what a map shows: the whole world, or the neighbourhood of a few points. */
final class MapFrames {
    /** A single place shows about this many degrees of longitude around it. */
    static final double MIN_WIDTH_DEGREES = 9;
    /** Width over height of a map around points. */
    static final double ASPECT = 1.5;
    /** Points spread wider than this get a world map instead. */
    private static final double MAX_LON_SPAN = 90;

    private static final double MAX_LAT_SPAN = 60;
    private static final double PADDING = 0.2;
    private static final double WORLD_SOUTH = -60;

    private MapFrames() {}

    /** The world in the Equal Earth projection, cut below 60°S unless a point lies further south. */
    static MapFrame world(List<MapPoint> points) {
        double south = WORLD_SOUTH;
        for (MapPoint point : points) {
            south = Math.min(south, point.lat() - 4);
        }
        south = Math.max(south, -90);
        Projection projection = Projection.equalEarth();
        double[] xy = new double[2];
        projection.project(180, 0, xy);
        double maxX = xy[0];
        projection.project(0, 90, xy);
        double maxY = xy[1];
        projection.project(0, south, xy);
        double minY = xy[1];
        return new MapFrame(projection, 0, -maxX, minY, maxX, maxY, -180, south - 1, 180, 90, List.of(0.0));
    }

    /**
     * A frame fitted to the points with some padding, at least {@link #MIN_WIDTH_DEGREES} wide,
     * centred on the middle of their bounding box; or null when they are spread too far for one
     * region (the caller then draws the world). Handles points on both sides of the antimeridian.
     */
    static MapFrame around(List<MapPoint> points) {
        double[] lons = points.stream().mapToDouble(MapPoint::lon).sorted().toArray();
        double minLat = points.stream().mapToDouble(MapPoint::lat).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(MapPoint::lat).max().orElseThrow();
        double[] lonRange = smallestLonRange(lons);
        double lonSpan = lonRange[1] - lonRange[0];
        double latSpan = maxLat - minLat;
        if (lonSpan > MAX_LON_SPAN || latSpan > MAX_LAT_SPAN) {
            return null;
        }
        double centerLon = normalise((lonRange[0] + lonRange[1]) / 2);
        double centerLat = (minLat + maxLat) / 2;
        double standardLat = Math.max(-70, Math.min(70, centerLat));
        double shrink = Math.cos(Math.toRadians(standardLat));

        double width = Math.max(MIN_WIDTH_DEGREES, lonSpan * (1 + 2 * PADDING)) * shrink;
        double height = latSpan * (1 + 2 * PADDING) + 1;
        width = Math.max(width, height * ASPECT);
        height = width / ASPECT;
        double maxY = Math.min(90, centerLat + height / 2);
        double minY = Math.max(-90, maxY - height);
        maxY = minY + height;

        double halfLon = width / 2 / shrink;
        double west = centerLon - halfLon - 0.5;
        double east = centerLon + halfLon + 0.5;
        List<Double> shifts = new ArrayList<>(List.of(0.0));
        if (east > 180) {
            shifts.add(360.0);
        }
        if (west < -180) {
            shifts.add(-360.0);
        }
        return new MapFrame(
                Projection.equirectangular(centerLon, standardLat),
                centerLon,
                -width / 2,
                minY,
                width / 2,
                maxY,
                west,
                minY - 0.5,
                east,
                maxY + 0.5,
                shifts);
    }

    /** The longitude of a point moved by a whole turn to the side of the view's centre it is closest to. */
    static double nearLon(double lon, double centerLon) {
        double shifted = lon;
        while (shifted - centerLon > 180) {
            shifted -= 360;
        }
        while (centerLon - shifted > 180) {
            shifted += 360;
        }
        return shifted;
    }

    /** [west, east] of the shortest arc holding all longitudes; east may exceed 180. */
    static double[] smallestLonRange(double[] sorted) {
        int n = sorted.length;
        double largestGap = sorted[0] + 360 - sorted[n - 1];
        int afterGap = 0;
        for (int i = 1; i < n; i++) {
            double gap = sorted[i] - sorted[i - 1];
            if (gap > largestGap) {
                largestGap = gap;
                afterGap = i;
            }
        }
        double west = sorted[afterGap];
        return new double[] {west, west + 360 - largestGap};
    }

    static double normalise(double lon) {
        double wrapped = lon;
        while (wrapped > 180) {
            wrapped -= 360;
        }
        return wrapped;
    }
}
