package org.broadsheet.analysis.dates;

import java.util.Locale;

/** The TIMEX3 suffixes for parts of the day: "Friday morning" is {@code 2017-11-17TMO}. */
final class PartsOfDay {
    private PartsOfDay() {
    }

    static String suffix(String partOfDay) {
        switch (partOfDay.toLowerCase(Locale.ROOT)) {
            case "morning":
                return "TMO";
            case "afternoon":
                return "TAF";
            case "evening":
                return "TEV";
            default:
                return "TNI";
        }
    }
}
