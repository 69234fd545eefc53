package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the points of a map: one circle per point, its radius growing with the square root of the
 * point's weight relative to the heaviest (so area follows weight), a tooltip title, and, for maps
 * with few points, the label as text beside the circle. Points are not links: the page lists the
 * places beside the map, which keyboards and screen readers reach more easily than dots.
 */
final class PointLayer {
    static final double FONT_SIZE = 22;
    /** Average advance of a sans-serif character, as a share of the font size (an estimate). */
    private static final double CHAR_WIDTH = 0.58;

    private final MapFrame frame;
    private final double minRadius;
    private final double maxRadius;

    PointLayer(MapFrame frame, double minRadius, double maxRadius) {
        this.frame = frame;
        this.minRadius = minRadius;
        this.maxRadius = maxRadius;
    }

    /** Where the points land: x, y and radius in SVG units, in the order given. */
    double[][] place(List<MapPoint> points) {
        int heaviest = points.stream().mapToInt(MapPoint::weight).max().orElse(1);
        double[][] placed = new double[points.size()][];
        double[] xy = new double[2];
        for (int i = 0; i < points.size(); i++) {
            MapPoint point = points.get(i);
            frame.toSvg(MapFrames.nearLon(point.lon(), frame.centerLon()), point.lat(), xy);
            placed[i] = new double[] {xy[0], xy[1], radius(point.weight(), heaviest)};
        }
        return placed;
    }

    /** Appends the circles, drawn in the given order. */
    void appendCircles(StringBuilder svg, List<MapPoint> points, double[][] placed) {
        if (points.isEmpty()) {
            return;
        }
        svg.append(
                "<g class=\"map-points\" fill=\"#b8322a\" fill-opacity=\"0.8\" stroke=\"#ffffff\" stroke-width=\"1.5\">");
        for (int i = 0; i < points.size(); i++) {
            svg.append("<circle class=\"map-point\" cx=\"");
            SvgMarkup.appendDecimal(svg, placed[i][0]).append("\" cy=\"");
            SvgMarkup.appendDecimal(svg, placed[i][1]).append("\" r=\"");
            SvgMarkup.appendDecimal(svg, placed[i][2]).append("\"><title>");
            SvgMarkup.appendEscaped(svg, points.get(i).label()).append("</title></circle>");
        }
        svg.append("</g>");
    }

    /**
     * Labels go right of their point, else left, above or below: the first side that covers no
     * point, no other label, no {@code blocked} box and no {@code avoided} box (the country names), or failing
     * that the first that covers only avoided ones, whose text the label's halo then hides. A label
     * with no room at all is left out, and the point keeps its tooltip.
     */
    void appendLabels(
            StringBuilder svg,
            List<MapPoint> points,
            double[][] placed,
            List<double[]> blocked,
            List<double[]> avoided) {
        List<double[]> taken = new ArrayList<>(blocked);
        for (double[] p : placed) {
            // no label covers a point: its own sits clear of its circle, and every other stays in sight
            taken.add(new double[] {p[0] - p[2], p[1] - p[2], p[0] + p[2], p[1] + p[2]});
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            String label = points.get(i).label();
            double x = placed[i][0];
            double y = placed[i][1];
            double r = placed[i][2];
            double width = CHAR_WIDTH * FONT_SIZE * label.codePointCount(0, label.length());
            double[][] sides = {
                {x + r + 4, y - FONT_SIZE * 0.7, x + r + 4 + width, y + FONT_SIZE * 0.4},
                {x - r - 4 - width, y - FONT_SIZE * 0.7, x - r - 4, y + FONT_SIZE * 0.4},
                {x - width / 2, y - r - 4 - FONT_SIZE * 1.1, x + width / 2, y - r - 4},
                {x - width / 2, y + r + 4, x + width / 2, y + r + 4 + FONT_SIZE * 1.1}
            };
            double[] box = choose(sides, taken, avoided, frame.height());
            if (box == null) {
                continue;
            }
            taken.add(box);
            text.append("<text class=\"map-label\" x=\"");
            SvgMarkup.appendDecimal(text, (box[0] + box[2]) / 2).append("\" y=\"");
            SvgMarkup.appendDecimal(text, box[3] - FONT_SIZE * 0.25).append("\">");
            SvgMarkup.appendEscaped(text, label).append("</text>");
        }
        if (text.length() > 0) {
            svg.append("<g class=\"map-labels\" font-family=\"sans-serif\" font-size=\"");
            SvgMarkup.appendDecimal(svg, FONT_SIZE)
                    .append("\" text-anchor=\"middle\" fill=\"#1b1b1b\" stroke=\"#ffffff\"")
                    .append(" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                    .append(text)
                    .append("</g>");
        }
    }

    private static double[] choose(double[][] sides, List<double[]> taken, List<double[]> avoided, double height) {
        double[] fallback = null;
        for (double[] box : sides) {
            if (box[0] < 2
                    || box[2] > MapFrame.WIDTH - 2
                    || box[1] < 2
                    || box[3] > height - 2
                    || overlapsAny(box, taken)) {
                continue;
            }
            if (!overlapsAny(box, avoided)) {
                return box;
            }
            if (fallback == null) {
                fallback = box;
            }
        }
        return fallback;
    }

    static boolean overlapsAny(double[] box, List<double[]> others) {
        for (double[] other : others) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    /** Between the minimum radius (weight 1) and the maximum (the heaviest point). */
    private double radius(int weight, int heaviest) {
        if (heaviest <= 1) {
            return minRadius;
        }
        double share = Math.sqrt((double) (weight - 1) / (heaviest - 1));
        return minRadius + (maxRadius - minRadius) * share;
    }
}
