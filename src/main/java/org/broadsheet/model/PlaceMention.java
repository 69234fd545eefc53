package org.broadsheet.model;

import java.util.Objects;

/**
 * A toponym in an article body resolved to one gazetteer entry.
 *
 * @param text    the words as they stand in the body ("Rawa")
 * @param name    the gazetteer's name for the place ("Rawah")
 * @param country ISO 3166-1 alpha-2 code, or null for regions spanning countries
 * @param kind    "city", "admin", "country", "region", ...
 * @param id      a stable identifier ("geonames:98860", "country:IQ", "region:middle-east")
 * @param form    how the text names the place: null for its name, {@link #DEMONYM} for a word formed from
 *                it ("Iraqi forces" mentions Iraq)
 */
public record PlaceMention(
        int start,
        int end,
        String text,
        String name,
        String country,
        double lat,
        double lon,
        String kind,
        String id,
        String form) {
    /** The form of a mention that is a demonym ("Iraqi", "Americans") of its country. */
    public static final String DEMONYM = "demonym";

    /** A mention by the place's name. */
    public PlaceMention(
            int start,
            int end,
            String text,
            String name,
            String country,
            double lat,
            double lon,
            String kind,
            String id) {
        this(start, end, text, name, country, lat, lon, kind, id, null);
    }

    public boolean demonym() {
        return DEMONYM.equals(form);
    }

    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad place span [" + start + ", " + end + ")");
        }
    }
}
