package org.broadsheet.render;

import java.util.List;
import java.util.Map;

/**
 * An article page's article ({@code article} in article.ftlh). Dates are ISO ("2017-11-23") with a
 * {@code ...Text} form for people; every href is relative to the site root.
 *
 * @param bodyHtml the body as HTML, already escaped and annotated (quotes, dates, places, people)
 * @param older    the previous article by date, or null
 * @param newer    the next article by date, or null
 * @param related  up to five articles sharing its people, places and event days, the rarest shared first
 */
public record ArticleView(
        String title,
        boolean titleDerived,
        String date,
        String dateText,
        String updated,
        String updatedText,
        String author,
        String source,
        String originalUrl,
        String lang,
        String summary,
        List<Link> tags,
        String bodyHtml,
        List<QuoteView> quotes,
        List<PersonView> people,
        List<PlaceView> places,
        String mapSvg,
        List<EventView> events,
        Link older,
        Link newer,
        List<ArticleCard> related,
        Map<String, Object> params,
        String sourceFile,
        String dataFile) {}
