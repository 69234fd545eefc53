package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the points of a map: one circle per point, its radius growing with the square root of the
 * point's weight relative to the heaviest (so area follows weight), a tooltip title, a link when the point has an href, and, for maps with
 * few points, the label as text beside the circle (left of it near the right edge).
 */
final class PointLayer {
    private static final double FONT_SIZE = 20;
    /** Average advance of a sans-serif character, as a share of the font size (an estimate). */
    private static final double CHAR_WIDTH = 0.58;

    private final MapFrame frame;
    private final double minRadius;
    private final double maxRadius;
    private final String colour;

    PointLayer(MapFrame frame, double minRadius, double maxRadius, String colour) {
        this.frame = frame;
        this.minRadius = minRadius;
        this.maxRadius = maxRadius;
        this.colour = colour;
    }

    /** Appends the points (drawn in the given order) and, when asked, their labels. */
    void append(StringBuilder svg, List<MapPoint> points, boolean withLabels) {
        if (points.isEmpty()) {
            return;
        }
        int heaviest = points.stream().mapToInt(MapPoint::weight).max().orElse(1);
        double[][] placed = new double[points.size()][];
        double[] xy = new double[2];
        svg.append("<g fill=\"").append(colour)
                .append("\" fill-opacity=\"0.75\" stroke=\"#ffffff\" stroke-width=\"1\">");
        for (int i = 0; i < points.size(); i++) {
            MapPoint point = points.get(i);
            frame.toSvg(MapFrames.nearLon(point.lon(), frame.centerLon()), point.lat(), xy);
            double r = radius(point.weight(), heaviest);
            placed[i] = new double[] {xy[0], xy[1], r};
            if (point.href() != null) {
                svg.append("<a href=\"");
                SvgMarkup.appendEscaped(svg, point.href()).append("\">");
            }
            svg.append("<circle class=\"map-point\" cx=\"");
            SvgMarkup.appendDecimal(svg, xy[0]).append("\" cy=\"");
            SvgMarkup.appendDecimal(svg, xy[1]).append("\" r=\"");
            SvgMarkup.appendDecimal(svg, r).append("\"><title>");
            SvgMarkup.appendEscaped(svg, point.label()).append("</title></circle>");
            if (point.href() != null) {
                svg.append("</a>");
            }
        }
        svg.append("</g>");
        if (withLabels) {
            appendLabels(svg, points, placed);
        }
    }

    /**
     * Labels go right of their point, or left of it when that fits better; a label that would
     * cover one already placed (heavier points are placed first) is left out, and the point keeps
     * its tooltip.
     */
    private void appendLabels(StringBuilder svg, List<MapPoint> points, double[][] placed) {
        svg.append("<g font-family=\"sans-serif\" font-size=\"");
        SvgMarkup.appendDecimal(svg, FONT_SIZE).append("\" fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"4\"")
                .append(" stroke-linejoin=\"round\" paint-order=\"stroke\">");
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String label = points.get(i).label();
            double x = placed[i][0];
            double y = placed[i][1];
            double r = placed[i][2];
            double width = CHAR_WIDTH * FONT_SIZE * label.codePointCount(0, label.length());
            double[] right = {x + r + 4, y - FONT_SIZE * 0.7, x + r + 4 + width, y + FONT_SIZE * 0.4};
            double[] left = {x - r - 4 - width, right[1], x - r - 4, right[3]};
            boolean rightFirst = right[2] <= MapFrame.WIDTH || left[0] < 0;
            double[] box = rightFirst ? right : left;
            if (overlapsAny(box, taken)) {
                box = rightFirst ? left : right;
                if (overlapsAny(box, taken)) {
                    continue;
                }
            }
            taken.add(box);
            boolean leftSide = box == left;
            svg.append("<text class=\"map-label\" x=\"");
            SvgMarkup.appendDecimal(svg, leftSide ? box[2] : box[0]).append("\" y=\"");
            SvgMarkup.appendDecimal(svg, y + FONT_SIZE * 0.35).append('"');
            if (leftSide) {
                svg.append(" text-anchor=\"end\"");
            }
            svg.append('>');
            SvgMarkup.appendEscaped(svg, label).append("</text>");
        }
        svg.append("</g>");
    }

    private static boolean overlapsAny(double[] box, List<double[]> taken) {
        for (double[] other : taken) {
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
