package org.broadsheet.analysis.dates;

/**
 * The dates an article has mentioned so far, by granularity: what anaphoric expressions ("two days
 * later", "that year") count from. One instance per article and per {@link TimexFinder#find} call.
 */
final class Narrative {
    private CalendarValue lastDay;
    private CalendarValue lastMonth;
    private CalendarValue lastYear;

    void mention(CalendarValue value) {
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

    CalendarValue lastYear() {
        return lastYear == null || lastYear.year() == null ? null : lastYear;
    }
}
