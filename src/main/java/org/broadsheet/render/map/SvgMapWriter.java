package org.broadsheet.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes what a page holds of one map: the outline file as an {@code <img>}, for regional maps the
 * locator inset (the world, also an {@code <img>}) in a corner no point needs, and an inline SVG of
 * the same view on top with the points, their labels and the inset's frame. Browsers show images
 * from {@code file://}, and an inline SVG needs no other file, so the map works opened from disk.
 */
final class SvgMapWriter {
    /** Drawing order: heavier points first, so lighter ones stay visible on top; then by name. */
    static final Comparator<MapPoint> BIG_FIRST = Comparator.comparingInt(MapPoint::weight)
            .reversed()
            .thenComparing(MapPoint::label)
            .thenComparingDouble(MapPoint::lat)
            .thenComparingDouble(MapPoint::lon);
    /** The inset's width in SVG units, and its distance from the map's edges. */
    static final double INSET_WIDTH = 240;

    private static final double INSET_MARGIN = 10;
    private static final String[] CORNERS = {"bl", "br", "tl", "tr"};

    private SvgMapWriter() {}

    /**
     * @param mapsHref the relative URL of the folder holding the outline files ("../../assets/maps/")
     * @param names    the country names the outline file shows, which labels keep clear of
     * @param inset    the locator's plan, or null for no inset (world maps)
     */
    static String html(
            MapPlan plan,
            List<MapPoint> points,
            String title,
            String mapsHref,
            List<CountryLabels.Label> names,
            MapPlan inset) {
        MapFrame frame = plan.frame;
        List<MapPoint> ordered = new ArrayList<>(points);
        ordered.sort(BIG_FIRST);
        double few = Math.min(1, Math.sqrt(20.0 / Math.max(1, points.size())));
        PointLayer layer =
                plan.world ? new PointLayer(frame, 2.5 + 2 * few, 6 + 8 * few) : new PointLayer(frame, 6, 16);
        double[][] placed = layer.place(ordered);

        StringBuilder html = new StringBuilder(1024 + 160 * points.size());
        html.append("<img class=\"map-outline\" src=\"");
        SvgMarkup.appendEscaped(html, mapsHref + plan.fileName())
                .append("\" alt=\"\" width=\"1000\" height=\"")
                .append(Math.round(frame.height()))
                .append("\">");
        double[] insetBox = null;
        if (inset != null) {
            int corner = freeCorner(placed, names, frame.height(), inset.height());
            insetBox = insetBox(corner, frame.height(), inset.height());
            html.append("<img class=\"map-inset map-inset-")
                    .append(CORNERS[corner])
                    .append("\" src=\"");
            SvgMarkup.appendEscaped(html, mapsHref + inset.fileName())
                    .append("\" alt=\"\" width=\"1000\" height=\"")
                    .append(Math.round(inset.height()))
                    .append("\">");
        }
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-overlay\" viewBox=\"0 0 ");
        SvgMarkup.appendDecimal(html, MapFrame.WIDTH).append(' ');
        SvgMarkup.appendDecimal(html, frame.height()).append("\" role=\"img\"><title>");
        SvgMarkup.appendEscaped(html, title).append("</title>");
        if (insetBox != null) {
            appendLocator(html, frame, inset, insetBox);
        }
        layer.appendCircles(html, ordered, placed);
        if (ordered.size() <= SvgMap.MAX_LABELS) {
            List<double[]> avoided = new ArrayList<>();
            for (CountryLabels.Label name : names) {
                avoided.add(name.box());
            }
            layer.appendLabels(html, ordered, placed, insetBox == null ? List.of() : List.of(insetBox), avoided);
        }
        return html.append("</svg>").toString();
    }

    /**
     * The corner (bottom left, bottom right, top left, top right, in that order of preference) whose
     * inset would cover the fewest points, and of those the fewest country names.
     */
    private static int freeCorner(
            double[][] placed, List<CountryLabels.Label> names, double height, double insetHeight) {
        int best = 0;
        int fewest = Integer.MAX_VALUE;
        for (int corner = 0; corner < CORNERS.length; corner++) {
            double[] box = insetBox(corner, height, insetHeight);
            int covered = 0;
            for (double[] p : placed) {
                if (p[0] + p[2] + 30 > box[0]
                        && p[0] - p[2] - 30 < box[2]
                        && p[1] + p[2] + 12 > box[1]
                        && p[1] - p[2] - 12 < box[3]) {
                    covered += 1000;
                }
            }
            for (CountryLabels.Label name : names) {
                if (PointLayer.overlapsAny(name.box(), List.of(box))) {
                    covered++;
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        return best;
    }

    /** Where the inset sits, in the map's SVG units (the theme's CSS puts the image there). */
    static double[] insetBox(int corner, double height, double insetHeight) {
        double h = INSET_WIDTH * insetHeight / MapFrame.WIDTH;
        double x = corner % 2 == 0 ? INSET_MARGIN : MapFrame.WIDTH - INSET_MARGIN - INSET_WIDTH;
        double y = corner < 2 ? height - INSET_MARGIN - h : INSET_MARGIN;
        return new double[] {x, y, x + INSET_WIDTH, y + h};
    }

    /** The regional view's outline on the inset's world, at least a few units across so it shows. */
    private static void appendLocator(StringBuilder html, MapFrame frame, MapPlan inset, double[] box) {
        double west = frame.west() + 0.5;
        double east = frame.east() - 0.5;
        double south = frame.south() + 0.5;
        double north = frame.north() - 0.5;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[] xy = new double[2];
        double scale = INSET_WIDTH / MapFrame.WIDTH;
        for (int i = 0; i <= 4; i++) {
            double lon = Math.max(-180, Math.min(180, MapFrames.nearLon(west + (east - west) * i / 4, 0)));
            for (double lat : new double[] {Math.max(-90, south), Math.min(90, north), (south + north) / 2}) {
                inset.frame.toSvg(lon, Math.max(-90, Math.min(90, lat)), xy);
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
        }
        if (maxX - minX > MapFrame.WIDTH / 2) {
            // a view across the antimeridian: its corners land on both edges of the world
            minX = 0;
            maxX = MapFrame.WIDTH;
        }
        double x0 = box[0] + minX * scale;
        double y0 = box[1] + minY * scale;
        double w = Math.max(8, (maxX - minX) * scale);
        double h = Math.max(6, (maxY - minY) * scale);
        double cx = (x0 + box[0] + maxX * scale) / 2;
        double cy = (y0 + box[1] + maxY * scale) / 2;
        html.append("<rect class=\"map-locator\" x=\"");
        SvgMarkup.appendDecimal(html, cx - w / 2).append("\" y=\"");
        SvgMarkup.appendDecimal(html, cy - h / 2).append("\" width=\"");
        SvgMarkup.appendDecimal(html, w).append("\" height=\"");
        SvgMarkup.appendDecimal(html, h).append("\" fill=\"none\" stroke=\"#b8322a\" stroke-width=\"2.5\"/>");
    }

    /** The edge of the world in projections that do not fill a rectangle: the ±180° meridians. */
    static final class Globe {
        static final CountryOutline OUTLINE = new CountryOutline(null, null, "globe", new int[][] {ring()});

        private static int[] ring() {
            int[] ring = new int[2 * 74];
            int i = 0;
            for (int lat = 90; lat >= -90; lat -= 5) {
                ring[i++] = 18000;
                ring[i++] = lat * 100;
            }
            for (int lat = -90; lat <= 90; lat += 5) {
                ring[i++] = -18000;
                ring[i++] = lat * 100;
            }
            return ring;
        }
    }
}
