package org.broadsheet.render.map;

import java.util.List;

/**
 * What a map shows and how it lands in the SVG: a projection, the rectangle of the plane in view,
 * the longitude/latitude box used to skip outlines that cannot be seen, and the longitude shifts
 * (0, or ±360 for a view across the antimeridian) at which outlines are drawn.
 * Points are drawn at the longitude nearest {@code centerLon}, whole turns apart.
 * The SVG is always {@link #WIDTH} units wide; its height follows the view's aspect.
 */
record MapFrame(
        Projection projection,
        double centerLon,
        double minX,
        double minY,
        double maxX,
        double maxY,
        double west,
        double south,
        double east,
        double north,
        List<Double> lonShifts) {

    static final double WIDTH = 1000;

    MapFrame {
        if (!(maxX > minX && maxY > minY)) {
            throw new IllegalArgumentException("empty map view");
        }
        lonShifts = List.copyOf(lonShifts);
    }

    double scale() {
        return WIDTH / (maxX - minX);
    }

    double height() {
        return (maxY - minY) * scale();
    }

    /** SVG coordinates (y down) of a point, into {@code out}. */
    void toSvg(double lon, double lat, double[] out) {
        projection.project(lon, lat, out);
        double scale = scale();
        out[0] = (out[0] - minX) * scale;
        out[1] = (maxY - out[1]) * scale;
    }
}
