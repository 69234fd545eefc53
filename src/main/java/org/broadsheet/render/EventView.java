package org.broadsheet.render;

/**
 * A dated event on a timeline.
 *
 * @param date     the TIMEX3 calendar value ("2017-11-19", "2017-11", "2014", "XXXX-11-19")
 * @param datetime the value for a {@code <time datetime>} attribute, or null when the year is unknown
 * @param dateText the date for people
 * @param article  the article reporting it (on timeline pages), or null on the article itself
 */
public record EventView(String date, String datetime, String dateText, String sentence, ArticleCard article) {}
