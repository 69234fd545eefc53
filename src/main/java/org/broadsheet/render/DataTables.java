package org.broadsheet.render;

import java.util.List;
import org.broadsheet.render.DataTable.DataField;
import org.broadsheet.render.DataTable.ForeignKey;

/**
 * The tables of the {@code data/} folder, as a named table: what each file holds and every column, in the
 * order the files write them. The CSV headers, datapackage.json and the Open data page all read from here,
 * so the three cannot disagree.
 */
final class DataTables {
    private static final String PAGE = "the page on this site, relative to the site root (absolute with baseUrl)";

    private DataTables() {}

    static final DataTable ARTICLES = new DataTable(
            "articles",
            "articles.csv",
            "Articles",
            "Every article of the archive, newest first, undated ones last.",
            "csv",
            "text/csv",
            List.of(
                    new DataField("slug", "string", "the article's identifier on this site"),
                    new DataField("title", "string", "the headline"),
                    new DataField("date", "date", "publication date; empty when the article is undated"),
                    new DataField("author", "string", "byline, from front matter"),
                    new DataField("source", "string", "the publication, from front matter"),
                    new DataField("url", "string", "the original article (http or https), from front matter"),
                    new DataField("page", "string", PAGE),
                    new DataField("tags", "string", "front matter tags, separated by '; '"),
                    new DataField("quotes", "integer", "quotations in the article (scare quotes aside)"),
                    new DataField("people", "integer", "people the article names"),
                    new DataField("places", "integer", "distinct places the article mentions"),
                    new DataField("events", "integer", "dated events the article reports")),
            "slug",
            List.of());

    static final DataTable QUOTES = new DataTable(
            "quotes",
            "quotes.csv",
            "Quotes",
            "Every quotation found in the articles, in article order (as articles.csv) and text order within one.",
            "csv",
            "text/csv",
            List.of(
                    new DataField("article", "string", "slug of the article (articles.slug)"),
                    new DataField("date", "date", "the article's publication date; empty when undated"),
                    new DataField("speaker", "string", "who said it, as the article names them; empty when unknown"),
                    new DataField("speaker_page", "string", "the speaker's person page; empty when they have none"),
                    new DataField("kind", "string", "direct, partial, scare or block"),
                    new DataField("text", "string", "the quoted words as the article gives them, on one line")),
            null,
            List.of(new ForeignKey("article", "articles", "slug")));

    static final DataTable PEOPLE = new DataTable(
            "people",
            "people.csv",
            "People",
            "Everyone quoted or named in the archive who has a person page, by slug.",
            "csv",
            "text/csv",
            List.of(
                    new DataField("slug", "string", "the person's identifier on this site"),
                    new DataField("name", "string", "full name"),
                    new DataField("role", "string", "the first role or title the archive gives them"),
                    new DataField("quotes", "integer", "quotations attributed to them"),
                    new DataField("articles", "integer", "articles that name them"),
                    new DataField("mentions", "integer", "mentions in all articles"),
                    new DataField("first_quoted", "date", "date of the earliest dated article quoting them"),
                    new DataField("last_quoted", "date", "date of the latest dated article quoting them"),
                    new DataField("page", "string", PAGE)),
            "slug",
            List.of());

    static final DataTable EVENTS = new DataTable(
            "events",
            "events.csv",
            "Events",
            "Every dated event the articles report, in article order (as articles.csv) and text order within one.",
            "csv",
            "text/csv",
            List.of(
                    new DataField(
                            "value",
                            "string",
                            "the date as a TIMEX3 value: 2017-11-19, 2017-11, 2017, or XXXX-11-19 when the year"
                                    + " is unknown"),
                    new DataField("sentence", "string", "the sentence that reports it, as plain text"),
                    new DataField("article", "string", "slug of the article (articles.slug)"),
                    new DataField("article_date", "date", "the article's publication date; empty when undated")),
            null,
            List.of(new ForeignKey("article", "articles", "slug")));

    /** Not a table: a GeoJSON FeatureCollection; its properties are described as fields all the same. */
    static final DataTable PLACES = new DataTable(
            "places",
            "places.geojson",
            "Places",
            "Every place the articles mention, as a GeoJSON (RFC 7946) FeatureCollection of points, by slug.",
            "geojson",
            "application/geo+json",
            List.of(
                    new DataField("slug", "string", "the place's identifier on this site"),
                    new DataField("id", "string", "gazetteer id: geonames:N, country:CC or region:name"),
                    new DataField("name", "string", "the name pages show"),
                    new DataField("gazetteer_name", "string", "the gazetteer's name"),
                    new DataField("country", "string", "ISO 3166-1 alpha-2 code; null for a region across countries"),
                    new DataField("kind", "string", "city, admin, country or region"),
                    new DataField("articles", "integer", "articles that mention it"),
                    new DataField("mentions", "integer", "mentions in all articles"),
                    new DataField("page", "string", PAGE)),
            "slug",
            List.of());

    /** In the order the Open data page and datapackage.json list them. */
    static final List<DataTable> ALL = List.of(ARTICLES, QUOTES, PEOPLE, PLACES, EVENTS);
}
