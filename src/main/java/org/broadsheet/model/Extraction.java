package org.broadsheet.model;

import java.util.List;

/** Everything analysis found in one article body. Offsets are into that body. */
public record Extraction(List<Quote> quotes, List<Timex> dates, List<PlaceMention> places, List<Person> people) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of());

    public Extraction {
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        people = List.copyOf(people);
    }
}
