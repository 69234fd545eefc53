package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.WEEKDAY;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimexType;

/**
 * Clock times: "11:40 a.m.", "9 a.m. EST Friday", "5 in the morning", "at noon", "18:30 GMT". The day is
 * the weekday written with the time, else the day the narrative is at, else the publication date.
 */
final class ClockRules {
    private static final String ZONE = "(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|local\\s+time)";
    /** The day written after a time: "Friday", "today", "Nov. 3", "Thursday, April 9" (the date then decides). */
    private static final String DAY_AFTER =
            "(?:,?\\s+(" + WEEKDAY + "(?:,?\\s+" + TimeWords.MONTH_BY_NUMBER + "\\s+" + TimeWords.DAY
                    + ")?|(?i:today|tonight|tomorrow|yesterday)|"
                    + TimeWords.MONTH_BY_NUMBER + "\\s+" + TimeWords.DAY + "))?";

    private static final Pattern MONTH_DAY = Pattern.compile("(" + TimeWords.MONTH_BY_NUMBER + ")\\s+(\\d+)");
    /** A day named just after a time but outside its expression: "9:20 a.m. (0620 GMT) Friday", "9 a.m. on Tuesday". */
    private static final Pattern DAY_NEARBY = Pattern.compile("\\s*(?:\\([^)\\n]{0,30}\\)\\s*)?,?\\s*(?:(?i:on)\\s+)?("
            + WEEKDAY + "|(?i:today|tonight|tomorrow|yesterday)|" + TimeWords.MONTH_BY_NUMBER + "\\s+" + TimeWords.DAY
            + ")(?![\\p{L}\\d])");

    private static final Set<String> TIME_PREPOSITIONS =
            Set.of("at", "by", "until", "before", "after", "around", "from", "till", "about");
    private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    private ClockRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.TIME,
                        "#",
                        0,
                        "(\\d{1,2})(?::([0-5]\\d))?\\s*((?i:a\\.m|p\\.m|am|pm))(?:\\.(?=\\s+(?:" + ZONE + "|" + WEEKDAY
                                + "|" + TimeWords.MONTH_BY_NUMBER
                                + "\\s+\\d)\\b)|\\.(?!\\s+[A-Z\"'`\\u201C]|\\s*$))?(?:\\s+(" + ZONE + "))?" + DAY_AFTER,
                        ClockRules::twelveHour),
                Rule.of(
                        TimexType.TIME,
                        "#",
                        0,
                        "([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s+(" + ZONE + "))?" + DAY_AFTER,
                        ClockRules::twentyFourHour),
                Rule.of(
                        TimexType.TIME,
                        "morning afternoon evening night",
                        5,
                        NUMBER + "(?:\\s+o'clock)?\\s+(?i:in\\s+the)\\s+((?i:morning|afternoon|evening|night))",
                        ClockRules::inThe),
                Rule.of(
                        TimexType.TIME,
                        "noon midday midnight",
                        1,
                        "(?:(" + WEEKDAY + ")\\s+)?((?i:noon|midday|midnight))" + DAY_AFTER,
                        ClockRules::noon));
    }

    private static Meaning twelveHour(Matcher m, String text) {
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return null;
        }
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return at(hour % 12 + (pm ? 12 : 0), minute, dayWith(m.group(5), text, m.end()));
    }

    private static Meaning twentyFourHour(Matcher m, String text) {
        String before = Rule.wordBefore(text, m.start());
        if (m.group(3) == null && !TIME_PREPOSITIONS.contains(before)) {
            return null;
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), dayWith(m.group(4), text, m.end()));
    }

    private static Meaning inThe(Matcher m, String text) {
        Double hour = TimeWords.count(m.group(1));
        String part = m.group(2).toLowerCase(Locale.ROOT);
        if (hour == null || hour < 1 || hour > 12) {
            return null;
        }
        int h = hour.intValue() % 12
                + (part.equals("afternoon") || part.equals("evening") || (part.equals("night") && hour >= 6) ? 12 : 0);
        return at(h, 0, dayWith(null, text, m.end()));
    }

    private static Meaning noon(Matcher m, String text) {
        String before = Rule.wordBefore(text, m.start());
        String day = m.group(1) != null ? m.group(1) : m.group(3);
        if (day == null && !TIME_PREPOSITIONS.contains(before) && !before.equals("since") && !before.equals("to")) {
            return null;
        }
        boolean midnight = m.group(2).toLowerCase(Locale.ROOT).equals("midnight");
        return at(midnight ? 24 : 12, 0, dayWith(day, text, m.end()));
    }

    /** The day written with a time, else one named right after it, else null. */
    private static String dayWith(String written, String text, int end) {
        if (written != null) {
            return written;
        }
        Matcher m = DAY_NEARBY.matcher(text).region(end, Math.min(text.length(), end + 50));
        return m.lookingAt() ? m.group(1) : null;
    }

    private static Meaning at(int hour, int minute, String day) {
        String time = "T" + CalendarValue.pad(hour, 2) + ":" + CalendarValue.pad(minute, 2);
        return anchors -> dayOf(anchors, day) + time;
    }

    private static String dayOf(Anchors anchors, String day) {
        if (day != null) {
            String lower = day.toLowerCase(Locale.ROOT);
            if (lower.equals("yesterday")
                    || lower.equals("tomorrow")
                    || lower.equals("today")
                    || lower.equals("tonight")) {
                int shift = lower.equals("yesterday") ? -1 : lower.equals("tomorrow") ? 1 : 0;
                return Anchors.shifted(anchors.publication(), shift, ChronoUnit.DAYS);
            }
            Matcher monthDay = MONTH_DAY.matcher(day);
            if (monthDay.find()) {
                int month = TimeWords.month(monthDay.group(1));
                int dayOfMonth = Integer.parseInt(monthDay.group(2));
                return dayOfMonth > 31
                        ? "XXXX-XX-XX"
                        : anchors.yearless(month, dayOfMonth).value();
            }
            return anchors.weekday(TimeWords.weekday(day.split("[,\\s]")[0]), 0);
        }
        CalendarValue narrative = anchors.narrativeDay();
        return narrative != null && narrative.isDay() ? narrative.value() : "XXXX-XX-XX";
    }
}
