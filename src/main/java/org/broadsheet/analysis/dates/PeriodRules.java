package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.YEAR;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimexType;

/**
 * Named stretches of a year or week: seasons ("last fall" 2016-FA, "summer 2014"), quarters and halves
 * ("the third quarter" 2017-Q3, "the first half of 2016" 2016-H1) and weekends ("over the weekend").
 */
final class PeriodRules {
    private static final String[] SEASON_CODES = {"SP", "SU", "FA", "WI"};
    private static final Pattern SEASON_CONTEXT = Pattern.compile(
            "(?i)(?:in|during|by|over|through|throughout|until|since|early|late|this|that)\\s+the\\s+$");
    private static final Pattern WEEKEND_CONTEXT = Pattern.compile("(?i)(?:over|during|on|at|for|by|until|since)\\s+$");

    private PeriodRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.DATE,
                        "spring summer fall autumn winter",
                        1,
                        "(?:((?i:last|this|next|early|late|mid))[- ])?((?i:spring|summer|fall|autumn|winter))"
                                + "(?:\\s+(?:of\\s+)?(" + YEAR + "))?",
                        PeriodRules::season),
                Rule.of(
                        TimexType.DATE,
                        "quarter half",
                        1,
                        "((?i:first|second|third|fourth|1st|2nd|3rd|4th|final))[- ]((?i:quarter|half))"
                                + "(?:\\s+of\\s+(?:(" + YEAR
                                + ")|((?i:this|last|next))\\s+(?i:year)|((?i:the))\\s+(?i:year)))?",
                        PeriodRules::quarter),
                Rule.of(
                        TimexType.DATE,
                        "q1 q2 q3 q4",
                        0,
                        "Q([1-4])\\s+(" + YEAR + ")",
                        (m, t) -> Meaning.constant(m.group(2) + "-Q" + m.group(1))),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        0,
                        "(\\d{1,2})(?:st|nd|rd|th)[- ](?i:century)",
                        (m, t) -> century(Integer.parseInt(m.group(1)))),
                Rule.of(
                        TimexType.DATE,
                        "nineteenth twentieth first",
                        1,
                        "((?i:nineteenth|twentieth|twenty-first))[- ](?i:century)",
                        (m, t) -> century(
                                m.group(1).equalsIgnoreCase("nineteenth")
                                        ? 19
                                        : m.group(1).equalsIgnoreCase("twentieth") ? 20 : 21)),
                Rule.of(
                        TimexType.DATE,
                        "end beginning start middle",
                        1,
                        "(?i:the\\s+(?:end|beginning|start|middle)\\s+of\\s+(the|this|next|last)\\s+(year|month|week|decade|century))",
                        PeriodRules::partOfUnit),
                Rule.of(TimexType.DATE, "weekend", 1, "(?i:the\\s+weekend)", PeriodRules::weekend));
    }

    /** "the 20th century" is the 1900s: TIMEX3 writes 19. */
    private static Meaning century(int ordinal) {
        return ordinal < 1 || ordinal > 21 ? null : Meaning.constant(String.format("%02d", ordinal - 1));
    }

    /** "the end of the year": the year (month, week) it is part of, counted from the publication date. */
    private static Meaning partOfUnit(Matcher m, String text) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        ChronoUnit unit = TimeWords.unit(m.group(2));
        return anchors -> Anchors.shifted(anchors.publication(), shift, unit);
    }

    private static Meaning season(Matcher m, String text) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2).toLowerCase(Locale.ROOT);
        int season = name.equals("spring") ? 0 : name.equals("summer") ? 1 : name.equals("winter") ? 3 : 2;
        if (m.group(3) != null) {
            return Meaning.constant(m.group(3) + "-" + SEASON_CODES[season]);
        }
        boolean after = SEASON_CONTEXT
                .matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                .find();
        if (modifier.isEmpty() && !after) {
            return null;
        }
        return anchors -> {
            CalendarValue dct = anchors.publication();
            if (dct == null || dct.year() == null) {
                return "XXXX-" + SEASON_CODES[season];
            }
            int month = dct.month();
            int now = (month == 12 ? dct.year() : month <= 2 ? dct.year() - 1 : dct.year()) * 4
                    + (month >= 3 && month <= 5 ? 0 : month >= 6 && month <= 8 ? 1 : month >= 9 && month <= 11 ? 2 : 3);
            int same = now - Math.floorMod(now - season, 4);
            int index;
            if (modifier.equals("last")) {
                index = same == now ? same - 4 : same;
            } else if (modifier.equals("next")) {
                index = same + 4;
            } else if (modifier.equals("this")) {
                // the season of the publication year: "this fall" in August is the coming one
                index = same == now ? now : dct.year() * 4 + season;
            } else if (anchors.tense() != Tense.FUTURE || same == now) {
                index = same;
            } else {
                index = same + 4;
            }
            return Math.floorDiv(index, 4) + "-" + SEASON_CODES[Math.floorMod(index, 4)];
        };
    }

    private static Meaning quarter(Matcher m, String text) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        boolean half = m.group(2).toLowerCase(Locale.ROOT).equals("half");
        if (half && m.group(3) == null && m.group(4) == null && m.group(5) == null) {
            return null;
        }
        Integer ordinal = which.equals("final") ? (half ? 2 : 4) : TimeWords.ordinal(which);
        if (ordinal == null || (half && ordinal > 2)) {
            return null;
        }
        String suffix = (half ? "-H" : "-Q") + ordinal;
        if (m.group(3) != null) {
            return Meaning.constant(m.group(3) + suffix);
        }
        if (m.group(5) != null) {
            // "the first half of the year": the year the narrative is in
            return anchors -> Anchors.shifted(anchors.narrativeYear(), 0, ChronoUnit.YEARS) + suffix;
        }
        int shift = m.group(4) == null
                ? 0
                : m.group(4).equalsIgnoreCase("last") ? -1 : m.group(4).equalsIgnoreCase("next") ? 1 : 0;
        return anchors -> Anchors.shifted(anchors.publication(), shift, ChronoUnit.YEARS) + suffix;
    }

    private static Meaning weekend(Matcher m, String text) {
        if (!WEEKEND_CONTEXT
                .matcher(text.substring(Math.max(0, m.start() - 12), m.start()))
                .find()) {
            return null;
        }
        return anchors -> {
            CalendarValue dct = anchors.publication();
            if (dct == null || !dct.isFullDay()) {
                return "XXXX-WXX-WE";
            }
            DayOfWeek day = dct.dayOfWeek();
            boolean inWeekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            int shift = inWeekend || anchors.tense() == Tense.FUTURE ? 0 : -1;
            return Anchors.shifted(dct, shift, ChronoUnit.WEEKS) + "-WE";
        };
    }
}
