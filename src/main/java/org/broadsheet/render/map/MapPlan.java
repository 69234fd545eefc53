package org.broadsheet.render.map;

import java.util.Objects;

/**
 * What one map's outline file shows: its view, which outlines it is drawn from, and the country it
 * highlights, if any. Pages whose maps share a plan share one file, {@code assets/maps/<fileName>};
 * the file name says everything the file depends on, so equal names mean equal bytes.
 */
public final class MapPlan {
    final MapFrame frame;
    final WorldOutlines outlines;
    /** ISO alpha-2 code of the highlighted country, or null. */
    final String focus;

    final boolean world;
    final boolean labels;
    private final String fileName;

    MapPlan(String fileName, MapFrame frame, WorldOutlines outlines, String focus, boolean world, boolean labels) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.frame = frame;
        this.outlines = outlines;
        this.focus = focus;
        this.world = world;
        this.labels = labels;
    }

    /** The outline file's name under {@code assets/maps/}: "r1-n17-e14.svg", "world.svg", "country-fr.svg". */
    public String fileName() {
        return fileName;
    }

    /** Whether the outline file highlights a country (the map of a country's own page). */
    public boolean highlightsCountry() {
        return focus != null;
    }

    /** The height of the view in SVG units; every map is {@value MapFrame#WIDTH} units wide. */
    double height() {
        return frame.height();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapPlan other && other.fileName.equals(fileName);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode();
    }

    @Override
    public String toString() {
        return "MapPlan[" + fileName + "]";
    }
}
