package org.broadsheet.render.map;

/**
 * Sutherland–Hodgman clipping of a closed ring against an axis-aligned rectangle. A concave ring
 * may come out with zero-width bridges along the rectangle's edges; those sit in the margin outside
 * the view, and the even-odd fill does not show them.
 */
final class RectangleClip {
    private RectangleClip() {}

    /**
     * Clips the first {@code n} points of {@code xy} (x0, y0, x1, y1, ...) and returns a new array
     * of the points left, possibly empty.
     */
    static double[] clip(double[] xy, int n, double minX, double minY, double maxX, double maxY) {
        double[] ring = java.util.Arrays.copyOf(xy, 2 * n);
        ring = clipEdge(ring, 0, minX, true);
        ring = clipEdge(ring, 0, maxX, false);
        ring = clipEdge(ring, 1, minY, true);
        return clipEdge(ring, 1, maxY, false);
    }

    /** Keeps the side of the line {@code coordinate[axis] = limit} where it is >= (keepAbove) or <= limit. */
    private static double[] clipEdge(double[] ring, int axis, double limit, boolean keepAbove) {
        int n = ring.length / 2;
        if (n == 0) {
            return ring;
        }
        double[] out = new double[4 * n + 4];
        int count = 0;
        double prevX = ring[2 * n - 2];
        double prevY = ring[2 * n - 1];
        boolean prevInside = inside(axis == 0 ? prevX : prevY, limit, keepAbove);
        for (int i = 0; i < n; i++) {
            double x = ring[2 * i];
            double y = ring[2 * i + 1];
            boolean in = inside(axis == 0 ? x : y, limit, keepAbove);
            if (in != prevInside) {
                double t = axis == 0 ? (limit - prevX) / (x - prevX) : (limit - prevY) / (y - prevY);
                out[count++] = axis == 0 ? limit : prevX + t * (x - prevX);
                out[count++] = axis == 0 ? prevY + t * (y - prevY) : limit;
            }
            if (in) {
                out[count++] = x;
                out[count++] = y;
            }
            prevX = x;
            prevY = y;
            prevInside = in;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static boolean inside(double value, double limit, boolean keepAbove) {
        return keepAbove ? value >= limit : value <= limit;
    }
}
