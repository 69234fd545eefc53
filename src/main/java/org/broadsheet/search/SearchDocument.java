package org.broadsheet.search;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article as the search index sees it.
 *
 * @param url             the article's folder relative to the site root, e.g. {@code articles/my-slug/}
 * @param title           shown as the result heading
 * @param date            publication date, ISO {@code yyyy-mm-dd} (or a coarser {@code yyyy-mm}, {@code yyyy};
 *                        a time after the day is dropped), or null when the article is undated
 * @param summary         shown when no snippet matches; may be empty
 * @param text            the plain body text: searched, and cut into snippets
 * @param people          resolved person names: searchable and offered as the "person" facet
 * @param places          resolved place names: searchable and offered as the "place" facet
 * @param placeAlternates other names of those places from the gazetteer (Rawa for Rawah): searchable,
 *                        never shown as a facet of their own
 */
public record SearchDocument(
        String url,
        String title,
        String date,
        String summary,
        String text,
        List<String> people,
        List<String> places,
        List<String> placeAlternates) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public SearchDocument {
        Objects.requireNonNull(url, "url");
        if (url.startsWith("/")
                || url.contains("://")
                || List.of(url.split("/")).contains("..")) {
            throw new IllegalArgumentException("url must be relative to the site root: " + url);
        }
        if (date != null) {
            Matcher iso = ISO_DATE.matcher(date);
            if (!iso.lookingAt()) {
                throw new IllegalArgumentException("date must be yyyy-mm-dd, yyyy-mm, yyyy or null: " + date);
            }
            date = iso.group();
        }
        title = title == null || title.isBlank() ? url : title;
        summary = summary == null ? "" : summary;
        text = text == null ? "" : text;
        people = List.copyOf(people);
        places = List.copyOf(places);
        placeAlternates = List.copyOf(placeAlternates);
    }

    /** A document whose places list every name, canonical or alternate, as a facet value. */
    public SearchDocument(
            String url,
            String title,
            String date,
            String summary,
            String text,
            List<String> people,
            List<String> places) {
        this(url, title, date, summary, text, people, places, List.of());
    }

    /** The year facet value: the year of the date, or "undated". */
    String year() {
        return date == null ? "undated" : date.substring(0, 4);
    }
}
