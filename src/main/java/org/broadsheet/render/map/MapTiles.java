package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Regional map views on a fixed grid, so that many pages share one drawn outline. A view is one of
 * {@link #HEIGHTS} degrees of latitude tall (and {@link MapFrames#ASPECT} times as wide, in the
 * projection's units); its centre lies on a grid a quarter of the view apart. The points must fit
 * inside the view with an eighth of it to spare on every side; the smallest such view wins.
 */
final class MapTiles {
    /** The heights of the views, in degrees of latitude: about 900, 1,800, 3,600 and 7,100 km. */
    static final double[] HEIGHTS = {8, 16, 32, 64};

    private static final double MARGIN = 1.0 / 8;

    private MapTiles() {}

    /**
     * A view of the grid.
     *
     * @param name  the view's file name without extension ("r1-n12-e20"): level, latitude and
     *              longitude index on the grid
     */
    record Tile(String name, MapFrame frame) {}

    /** The smallest view of the grid holding the points, or null when they are spread too far. */
    static Tile fit(List<MapPoint> points) {
        double[] lons = points.stream().mapToDouble(MapPoint::lon).sorted().toArray();
        double minLat = points.stream().mapToDouble(MapPoint::lat).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(MapPoint::lat).max().orElseThrow();
        double[] lonRange = MapFrames.smallestLonRange(lons);
        double lonSpan = lonRange[1] - lonRange[0];
        double midLon = MapFrames.normalise((lonRange[0] + lonRange[1]) / 2);
        double midLat = (minLat + maxLat) / 2;
        for (int level = 0; level < HEIGHTS.length; level++) {
            double height = HEIGHTS[level];
            double latStep = height / 4;
            long nearestLat = Math.round(midLat / latStep);
            for (long iLat : new long[] {nearestLat, nearestLat - 1, nearestLat + 1}) {
                double centreLat = iLat * latStep;
                double room = height / 2 - height * MARGIN;
                if (minLat < centreLat - room || maxLat > centreLat + room) {
                    continue;
                }
                double standardLat = Math.max(-70, Math.min(70, centreLat));
                double width = height * MapFrames.ASPECT / Math.cos(Math.toRadians(standardLat));
                double lonStep = width / 4;
                double lonRoom = width / 2 - width * MARGIN;
                long nearestLon = Math.round(midLon / lonStep);
                for (long iLon : new long[] {nearestLon, nearestLon - 1, nearestLon + 1}) {
                    double centreLon = iLon * lonStep;
                    double west = MapFrames.nearLon(lonRange[0], centreLon);
                    if (west < centreLon - lonRoom || west + lonSpan > centreLon + lonRoom) {
                        continue;
                    }
                    String name = "r" + level + "-" + (iLat < 0 ? "s" + -iLat : "n" + iLat) + "-"
                            + (iLon < 0 ? "w" + -iLon : "e" + iLon);
                    return new Tile(name, frame(centreLat, centreLon, height, width, standardLat));
                }
            }
        }
        return null;
    }

    private static MapFrame frame(double centreLat, double centreLon, double height, double width, double standardLat) {
        double halfX = height * MapFrames.ASPECT / 2;
        double minY = centreLat - height / 2;
        double maxY = centreLat + height / 2;
        double west = centreLon - width / 2 - 0.5;
        double east = centreLon + width / 2 + 0.5;
        List<Double> shifts = new ArrayList<>(List.of(0.0));
        if (east > 180) {
            shifts.add(360.0);
        }
        if (west < -180) {
            shifts.add(-360.0);
        }
        return new MapFrame(
                Projection.equirectangular(centreLon, standardLat),
                centreLon,
                -halfX,
                minY,
                halfX,
                maxY,
                west,
                minY - 0.5,
                east,
                maxY + 0.5,
                shifts);
    }
}
