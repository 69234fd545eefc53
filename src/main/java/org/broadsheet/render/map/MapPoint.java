package org.broadsheet.render.map;

import java.util.Objects;

/**
 * A place to mark on a map.
 *
 * @param lat    latitude in degrees, -90 to 90
 * @param lon    longitude in degrees, -180 to 180
 * @param label  what the point is called; shown as its tooltip, and as text on maps with few points
 * @param weight how much the point counts (e.g. articles mentioning the place); bigger draws bigger
 */
public record MapPoint(double lat, double lon, String label, int weight) {

    public MapPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
        Objects.requireNonNull(label, "label");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + weight);
        }
    }

    /** A point that links nowhere and counts once. */
    public static MapPoint of(double lat, double lon, String label) {
        return new MapPoint(lat, lon, label, 1);
    }
}
