package org.broadsheet.render.map;

/**
 * Longitude/latitude in degrees to plane coordinates, y growing northwards. Both projections are
 * simple closed formulas, so drawing needs no library.
 */
interface Projection {

    /** Writes the plane coordinates of the point into {@code out[0]} (x) and {@code out[1]} (y). */
    void project(double lon, double lat, double[] out);

    /**
     * Equal Earth (Šavrič, Patterson and Jenny, 2018): an equal-area world projection whose
     * meridians curve gently, so a world map looks familiar without Mercator's swollen poles.
     * Units are radians at the equator.
     */
    static Projection equalEarth() {
        return EqualEarth.INSTANCE;
    }

    /**
     * Equirectangular with a standard parallel: x is longitude shrunk by the cosine of
     * {@code standardLat}, y is latitude, both in degrees. True to shape near that parallel, which
     * is all a map of a region a few hundred kilometres across needs.
     */
    static Projection equirectangular(double centralLon, double standardLat) {
        double shrink = Math.cos(Math.toRadians(standardLat));
        return (lon, lat, out) -> {
            out[0] = (lon - centralLon) * shrink;
            out[1] = lat;
        };
    }

    /** The Equal Earth formulas, as published and as d3-geo implements them. */
    enum EqualEarth implements Projection {
        INSTANCE;

        private static final double A1 = 1.340264;
        private static final double A2 = -0.081106;
        private static final double A3 = 0.000893;
        private static final double A4 = 0.003796;
        private static final double M = Math.sqrt(3) / 2;

        @Override
        public void project(double lon, double lat, double[] out) {
            double lambda = Math.toRadians(lon);
            double l = Math.asin(M * Math.sin(Math.toRadians(lat)));
            double l2 = l * l;
            double l6 = l2 * l2 * l2;
            out[0] = lambda * Math.cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
            out[1] = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
        }
    }
}
