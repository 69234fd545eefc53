package org.broadsheet.render.map;

import java.util.Objects;

/**
 * One country's outline: rings of longitude/latitude points in hundredths of a degree.
 * Holes and islands are both plain rings; a point is inside when an odd number of rings
 * surround it (the even-odd rule the SVG paths are filled with). Immutable.
 */
public final class CountryOutline {
    static final double UNIT = 100.0;

    private final String alpha2;
    private final String numeric;
    private final String name;
    private final int[][] rings; // per ring: lon0, lat0, lon1, lat1, ... (absolute, 1/UNIT degree)
    private final int[][] bounds; // per ring: minLon, minLat, maxLon, maxLat

    CountryOutline(String alpha2, String numeric, String name, int[][] rings) {
        this.alpha2 = alpha2;
        this.numeric = numeric;
        this.name = Objects.requireNonNull(name, "name");
        this.rings = rings;
        this.bounds = new int[rings.length][];
        for (int r = 0; r < rings.length; r++) {
            bounds[r] = boundsOf(rings[r]);
        }
    }

    /** ISO 3166-1 alpha-2 code ("IQ"), or null where Natural Earth has none (Somaliland). */
    public String alpha2() {
        return alpha2;
    }

    /** ISO 3166-1 numeric code ("368"), or null. */
    public String numeric() {
        return numeric;
    }

    /** Natural Earth's short English name ("Iraq", "Dem. Rep. Congo"). */
    public String name() {
        return name;
    }

    /** Whether the point lies on this country's land, by the outline's precision (about 1 km). */
    public boolean contains(double lat, double lon) {
        double x = lon * UNIT;
        double y = lat * UNIT;
        boolean inside = false;
        for (int r = 0; r < rings.length; r++) {
            int[] b = bounds[r];
            if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) {
                continue;
            }
            if (ringContains(rings[r], x, y)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * West, south, east and north edges in degrees of the ring with the largest area: the mainland,
     * leaving out overseas territories (French Guiana for France) and outlying islands.
     */
    public double[] mainLandBounds() {
        int largest = 0;
        double largestArea = -1;
        for (int r = 0; r < rings.length; r++) {
            double area = Math.abs(twiceArea(rings[r]));
            if (area > largestArea) {
                largestArea = area;
                largest = r;
            }
        }
        int[] b = bounds[largest];
        return new double[] {b[0] / UNIT, b[1] / UNIT, b[2] / UNIT, b[3] / UNIT};
    }

    int ringCount() {
        return rings.length;
    }

    /** The ring's coordinates; callers must not modify the array. */
    int[] ring(int index) {
        return rings[index];
    }

    /** Whether ring {@code index}, shifted east by {@code shiftDegrees}, overlaps the box (degrees). */
    boolean ringOverlaps(int index, double shiftDegrees, double west, double south, double east, double north) {
        int[] b = bounds[index];
        double shift = shiftDegrees * UNIT;
        return b[0] + shift <= east * UNIT
                && b[2] + shift >= west * UNIT
                && b[1] <= north * UNIT
                && b[3] >= south * UNIT;
    }

    private static boolean ringContains(int[] ring, double x, double y) {
        boolean inside = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double twiceArea(int[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += (double) ring[2 * j] * ring[2 * i + 1] - (double) ring[2 * i] * ring[2 * j + 1];
        }
        return sum;
    }

    private static int[] boundsOf(int[] ring) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < ring.length; i += 2) {
            b[0] = Math.min(b[0], ring[i]);
            b[1] = Math.min(b[1], ring[i + 1]);
            b[2] = Math.max(b[2], ring[i]);
            b[3] = Math.max(b[3], ring[i + 1]);
        }
        return b;
    }

    @Override
    public String toString() {
        return "CountryOutline[" + alpha2 + " " + name + ", " + rings.length + " rings]";
    }
}
