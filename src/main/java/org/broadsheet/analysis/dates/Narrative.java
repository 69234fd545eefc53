package org.broadsheet.analysis.dates;

/**
 * The dates an article has mentioned so far, by granularity: what anaphoric expressions ("two days
 * later", "that year") count from. One instance per article and per {@link TimexFinder#find} call.
 */
final class Narrative {
    private CalendarValue lastDay;
    private CalendarValue lastMonth;
    private CalendarValue lastYear;
    private CalendarValue latest;
    /** A day of the week the narrative last named, when that was its latest mention ("last week"); else null. */
    private CalendarValue latestWeek;

    void mention(CalendarValue value) {
        latest = value;
        latestWeek = null;
        if (value.isDay()) {
            lastDay = value;
        }
        if (value.month() != null) {
            lastMonth = value.monthOnly();
        }
        if (value.year() != null || value.month() != null) {
            lastYear = value.yearOnly();
        }
    }

    CalendarValue lastDay() {
        return lastDay;
    }

    CalendarValue lastMonth() {
        return lastMonth;
    }

    /** The narrative moves to a week ("Two weeks ago, ..."): {@code day} is any day of it. */
    void mentionWeek(CalendarValue day) {
        latestWeek = day;
        latest = null;
    }

    CalendarValue latestWeek() {
        return latestWeek;
    }

    /** The month the narrative moved to after its last day ("The protest began last October."), else null. */
    CalendarValue monthSinceLastDay() {
        return latest != null && latest.month() != null && !latest.isDay() ? latest : null;
    }

    CalendarValue lastYear() {
        return lastYear == null || lastYear.year() == null ? null : lastYear;
    }
}
