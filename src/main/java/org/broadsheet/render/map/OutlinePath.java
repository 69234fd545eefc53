package org.broadsheet.render.map;

/**
 * Turns a country outline into the {@code d} attribute of an SVG path for one frame: rings outside
 * the view are dropped, the rest optionally clipped to the view (plus a margin so the cut edges
 * stay out of sight), rounded to whole SVG units, stripped of points within a couple of units of the
 * previous one, and written with relative commands. Rings smaller than a few square units are left out.
 * Not thread-safe (it reuses buffers); make one per rendering.
 */
final class OutlinePath {
    private static final double CLIP_MARGIN = 8;
    private static final long MIN_TWICE_AREA = 4;
    /** Points closer than this (in SVG units, Manhattan distance) to the last one kept are dropped. */
    private static final long MIN_STEP = 2;

    private final MapFrame frame;
    private final boolean clip;
    private final double[] point = new double[2];
    private double[] buffer = new double[256];
    private long[] rounded = new long[256];

    OutlinePath(MapFrame frame, boolean clip) {
        this.frame = frame;
        this.clip = clip;
    }

    /** The path data, or an empty string when nothing of the country is in view. */
    String pathOf(CountryOutline country) {
        return pathOf(country, null);
    }

    /**
     * As {@link #pathOf(CountryOutline)}, adding to {@code drawn} (when not null) each ring as drawn:
     * x0, y0, x1, y1, ... in whole SVG units, for placing the country's name.
     */
    String pathOf(CountryOutline country, java.util.List<long[]> drawn) {
        StringBuilder d = new StringBuilder();
        for (int r = 0; r < country.ringCount(); r++) {
            for (double shift : frame.lonShifts()) {
                if (country.ringOverlaps(r, shift, frame.west(), frame.south(), frame.east(), frame.north())) {
                    appendRing(d, country.ring(r), shift, drawn);
                }
            }
        }
        return d.toString();
    }

    private void appendRing(StringBuilder d, int[] ring, double shift, java.util.List<long[]> drawn) {
        int n = ring.length / 2;
        double[] xy = ensureBuffer(2 * n);
        for (int i = 0; i < n; i++) {
            frame.toSvg(ring[2 * i] / CountryOutline.UNIT + shift, ring[2 * i + 1] / CountryOutline.UNIT, point);
            xy[2 * i] = point[0];
            xy[2 * i + 1] = point[1];
        }
        if (clip) {
            xy = RectangleClip.clip(
                    xy, n, -CLIP_MARGIN, -CLIP_MARGIN, MapFrame.WIDTH + CLIP_MARGIN, frame.height() + CLIP_MARGIN);
            n = xy.length / 2;
        }
        int count = round(xy, n);
        if (count < 3 || Math.abs(twiceArea(count)) < MIN_TWICE_AREA) {
            return;
        }
        if (drawn != null) {
            drawn.add(java.util.Arrays.copyOf(rounded, 2 * count));
        }
        d.append('M').append(rounded[0]);
        appendNumber(d, rounded[1]);
        d.append('l');
        for (int i = 1; i < count; i++) {
            appendNumber(d, rounded[2 * i] - rounded[2 * i - 2], i == 1);
            appendNumber(d, rounded[2 * i + 1] - rounded[2 * i - 1]);
        }
        d.append('z');
    }

    private int round(double[] xy, int n) {
        if (rounded.length < 2 * n) {
            rounded = new long[2 * n];
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            long x = Math.round(xy[2 * i]);
            long y = Math.round(xy[2 * i + 1]);
            if (count > 0 && Math.abs(rounded[2 * count - 2] - x) + Math.abs(rounded[2 * count - 1] - y) < MIN_STEP) {
                continue;
            }
            rounded[2 * count] = x;
            rounded[2 * count + 1] = y;
            count++;
        }
        while (count > 1 && rounded[0] == rounded[2 * count - 2] && rounded[1] == rounded[2 * count - 1]) {
            count--;
        }
        return count;
    }

    private long twiceArea(int count) {
        long sum = 0;
        for (int i = 0, j = count - 1; i < count; j = i++) {
            sum += rounded[2 * j] * rounded[2 * i + 1] - rounded[2 * i] * rounded[2 * j + 1];
        }
        return sum;
    }

    private double[] ensureBuffer(int size) {
        if (buffer.length < size) {
            buffer = new double[size];
        }
        return buffer;
    }

    private static void appendNumber(StringBuilder d, long value) {
        appendNumber(d, value, false);
    }

    /** Numbers are separated by a space, except where a minus sign already separates them. */
    private static void appendNumber(StringBuilder d, long value, boolean first) {
        if (value >= 0 && !first) {
            d.append(' ');
        }
        d.append(value);
    }
}
