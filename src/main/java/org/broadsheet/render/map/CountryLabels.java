package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places country names on a map: each name goes inside the largest part of its country in view,
 * at the spot farthest from its coast and borders that the whole name fits around, in the largest
 * of three sizes that fits. Bigger countries are named first; a name that would cover one already
 * placed, or that fits nowhere, is left out.
 */
final class CountryLabels {
    static final double[] FONT_SIZES = {24, 19, 15};
    /** Average advance of a sans-serif character, as a share of the font size (an estimate on the wide side). */
    private static final double CHAR_WIDTH = 0.6;

    private static final int GRID = 12;
    private static final int TRIES = 8;
    private static final double MIN_AREA = 1200;
    private static final int MAX_LABELS = 40;

    private CountryLabels() {}

    /** A placed name: its centre, font size and the box it covers. */
    record Label(String name, double x, double y, double fontSize, double[] box) {}

    /** A country as drawn on one map: its name and its rings in SVG units. */
    record Drawn(String name, List<long[]> rings) {}

    static List<Label> place(List<Drawn> countries, double width, double height) {
        List<Candidate> parts = new ArrayList<>();
        for (Drawn country : countries) {
            long[] largest = null;
            double largestArea = 0;
            for (long[] ring : country.rings()) {
                double area = Math.abs(twiceArea(ring)) / 2;
                if (area > largestArea) {
                    largestArea = area;
                    largest = ring;
                }
            }
            if (largest != null && largestArea >= MIN_AREA) {
                parts.add(new Candidate(country.name(), largest, largestArea));
            }
        }
        parts.sort(Comparator.comparingDouble(Candidate::area).reversed().thenComparing(Candidate::name));
        List<Label> placed = new ArrayList<>();
        for (Candidate part : parts) {
            if (placed.size() == MAX_LABELS) {
                break;
            }
            Label label = fit(part, width, height, placed);
            if (label != null) {
                placed.add(label);
            }
        }
        return placed;
    }

    private record Candidate(String name, long[] ring, double area) {}

    private static Label fit(Candidate part, double width, double height, List<Label> placed) {
        long[] ring = part.ring();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            minX = Math.min(minX, ring[i]);
            maxX = Math.max(maxX, ring[i]);
            minY = Math.min(minY, ring[i + 1]);
            maxY = Math.max(maxY, ring[i + 1]);
        }
        minX = Math.max(minX, 0);
        minY = Math.max(minY, 0);
        maxX = Math.min(maxX, width);
        maxY = Math.min(maxY, height);
        List<double[]> spots = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x = minX + (maxX - minX) * (i + 0.5) / GRID;
                double y = minY + (maxY - minY) * (j + 0.5) / GRID;
                if (inside(ring, x, y)) {
                    spots.add(new double[] {x, y, distanceToEdge(ring, x, y)});
                }
            }
        }
        spots.sort(Comparator.comparingDouble((double[] s) -> -s[2])
                .thenComparingDouble(s -> s[1])
                .thenComparingDouble(s -> s[0]));
        int chars = part.name().codePointCount(0, part.name().length());
        for (double fontSize : FONT_SIZES) {
            double half = CHAR_WIDTH * fontSize * chars / 2;
            for (int k = 0; k < Math.min(TRIES, spots.size()); k++) {
                double x = spots.get(k)[0];
                double y = spots.get(k)[1];
                double[] box = {x - half, y - fontSize * 0.55, x + half, y + fontSize * 0.55};
                if (box[0] < 4 || box[1] < 4 || box[2] > width - 4 || box[3] > height - 4) {
                    continue;
                }
                if (boxInside(ring, box) && !overlaps(box, placed)) {
                    return new Label(part.name(), x, y, fontSize, box);
                }
            }
        }
        return null;
    }

    private static boolean boxInside(long[] ring, double[] box) {
        double midX = (box[0] + box[2]) / 2;
        double[][] probes = {
            {box[0], box[1]},
            {box[2], box[1]},
            {box[0], box[3]},
            {box[2], box[3]},
            {midX, box[1]},
            {midX, box[3]},
            {box[0], (box[1] + box[3]) / 2},
            {box[2], (box[1] + box[3]) / 2}
        };
        for (double[] p : probes) {
            if (!inside(ring, p[0], p[1])) {
                return false;
            }
        }
        return true;
    }

    static boolean overlaps(double[] box, List<Label> placed) {
        for (Label other : placed) {
            double[] o = other.box();
            if (box[0] < o[2] + 6 && o[0] - 6 < box[2] && box[1] < o[3] + 4 && o[1] - 4 < box[3]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(long[] ring, double x, double y) {
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

    private static double distanceToEdge(long[] ring, double x, double y) {
        double best = Double.MAX_VALUE;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double ax = ring[2 * j];
            double ay = ring[2 * j + 1];
            double dx = ring[2 * i] - ax;
            double dy = ring[2 * i + 1] - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
            double ex = ax + t * dx - x;
            double ey = ay + t * dy - y;
            best = Math.min(best, ex * ex + ey * ey);
        }
        return Math.sqrt(best);
    }

    private static double twiceArea(long[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            sum += (double) ring[2 * j] * ring[2 * i + 1] - (double) ring[2 * i] * ring[2 * j + 1];
        }
        return sum;
    }
}
