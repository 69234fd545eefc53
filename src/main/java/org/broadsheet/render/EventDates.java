package org.broadsheet.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimelineEvent;

/** Turns TIMEX3 calendar values into what timelines show: "19 November 2017", "November 2017", "19 November". */
final class EventDates {
    private static final Pattern VALUE = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private EventDates() {}

    /** The value for a {@code <time datetime>} attribute, or null when the year is unknown or the value is not a date. */
    static String datetime(String value) {
        return CALENDAR.matcher(value).matches() ? value : null;
    }

    static String text(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String year = m.group(1).equals("XXXX") ? null : m.group(1);
        String month = m.group(2) == null
                ? null
                : Month.of(Integer.parseInt(m.group(2))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String day = m.group(3) == null ? null : String.valueOf(Integer.parseInt(m.group(3)));
        StringBuilder s = new StringBuilder();
        if (day != null) {
            s.append(day).append(' ');
        }
        if (month != null) {
            s.append(month);
        }
        if (year != null) {
            s.append(s.length() > 0 ? " " : "").append(year);
        }
        return s.length() == 0 ? "year unknown" : s.toString();
    }

    /** The year of a value, or null when it is unknown (XXXX-11-19). */
    static Integer year(String value) {
        if (value.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return null;
            }
        }
        return Integer.valueOf(value.substring(0, 4));
    }

    static EventView view(TimelineEvent e, ArticleCard article) {
        return new EventView(e.value(), datetime(e.value()), text(e.value()), e.sentence(), article);
    }
}
