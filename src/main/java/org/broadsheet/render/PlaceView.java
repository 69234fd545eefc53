package org.broadsheet.render;

/** A place in a list: name, country, link to its page, coordinates and how many articles mention it. */
public record PlaceView(
        String name,
        String country,
        String countryName,
        String kind,
        String href,
        double lat,
        double lon,
        int articles,
        int mentions) {}
