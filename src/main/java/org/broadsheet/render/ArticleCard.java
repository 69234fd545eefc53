package org.broadsheet.render;

import java.util.List;

/**
 * An article in a list.
 *
 * @param date     ISO date ("2017-11-23") or null when undated
 * @param dateText the date for people ("23 November 2017") or null
 */
public record ArticleCard(
        String title, String href, String date, String dateText, String summary, String source, List<Link> tags) {}
