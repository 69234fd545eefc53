package org.broadsheet.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.broadsheet.model.TimexType;

/**
 * Named days news dates things by: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Easter",
 * "Election Day", "Labor Day". The year is the one that puts the day nearest the publication date in the
 * direction the tense points to ("last Thanksgiving" is the one before).
 */
final class HolidayRules {
    private static final String NAMES =
            "Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['\\u2019]s(?:\\s+Day|\\s+Eve)"
                    + "|Easter(?:\\s+Sunday)?|Good\\s+Friday|Easter\\s+Monday|Halloween|Valentine['\\u2019]s\\s+Day|Independence\\s+Day|Fourth\\s+of\\s+July"
                    + "|Election\\s+Day|Memorial\\s+Day|Labor\\s+Day|Veterans\\s+Day|Boxing\\s+Day|St\\.\\s+Patrick['\\u2019]s\\s+Day"
                    + "|Mother['\\u2019]s\\s+Day|Father['\\u2019]s\\s+Day|Martin\\s+Luther\\s+King\\s+(?:Jr\\.\\s+)?Day";

    private HolidayRules() {}

    static List<Rule> rules() {
        return List.of(Rule.of(
                TimexType.DATE,
                "thanksgiving christmas year easter friday monday halloween valentine independence fourth election memorial labor veterans boxing patrick mother father king",
                3,
                "(?:((?i:last|next|this))\\s+)?(" + NAMES + ")",
                HolidayRules::holiday));
    }

    private static Meaning holiday(Matcher m, String text) {
        if (Rule.after(text, m.end(), 2).matches(" [A-Z]")
                && !Rule.after(text, m.end(), 12).matches(" (?:Day|Eve).*")) {
            return null; // Easter Island, Christmas Island
        }
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        IntFunction<LocalDate> day = dayOf(m.group(2).replaceAll("\\s+", " ").replace('\u2019', '\''));
        return anchors -> resolve(anchors, day, modifier);
    }

    private static String resolve(Anchors anchors, IntFunction<LocalDate> day, String modifier) {
        CalendarValue dct = anchors.publication();
        if (dct == null || !dct.isFullDay()) {
            LocalDate sample = day.apply(2001);
            LocalDate other = day.apply(2002);
            return sample.getDayOfYear() == other.getDayOfYear()
                    ? new CalendarValue(null, sample.getMonthValue(), sample.getDayOfMonth()).value()
                    : "XXXX-XX-XX";
        }
        LocalDate today = dct.toLocalDate();
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate d = day.apply(year);
            long distance = ChronoUnit.DAYS.between(today, d);
            if ((modifier.equals("last") && distance >= 0) || (modifier.equals("next") && distance <= 0)) {
                continue;
            }
            boolean against = anchors.tense() == Tense.FUTURE ? distance < 0 : distance > 0;
            long score = Math.abs(distance) + (against && modifier.isEmpty() ? 150 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return CalendarValue.of(best).value();
    }

    private static IntFunction<LocalDate> dayOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("thanksgiving")) {
            return y -> nth(y, 11, DayOfWeek.THURSDAY, 4);
        } else if (n.equals("christmas eve")) {
            return y -> LocalDate.of(y, 12, 24);
        } else if (n.startsWith("christmas")) {
            return y -> LocalDate.of(y, 12, 25);
        } else if (n.equals("new year's eve")) {
            return y -> LocalDate.of(y, 12, 31);
        } else if (n.startsWith("new year")) {
            return y -> LocalDate.of(y, 1, 1);
        } else if (n.equals("good friday")) {
            return y -> easter(y).minusDays(2);
        } else if (n.equals("easter monday")) {
            return y -> easter(y).plusDays(1);
        } else if (n.startsWith("easter")) {
            return HolidayRules::easter;
        } else if (n.equals("halloween")) {
            return y -> LocalDate.of(y, 10, 31);
        } else if (n.startsWith("valentine")) {
            return y -> LocalDate.of(y, 2, 14);
        } else if (n.startsWith("independence") || n.equals("fourth of july")) {
            return y -> LocalDate.of(y, 7, 4);
        } else if (n.startsWith("election")) {
            return y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1);
        } else if (n.startsWith("memorial")) {
            return y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } else if (n.startsWith("labor")) {
            return y -> nth(y, 9, DayOfWeek.MONDAY, 1);
        } else if (n.startsWith("veterans")) {
            return y -> LocalDate.of(y, 11, 11);
        } else if (n.startsWith("boxing")) {
            return y -> LocalDate.of(y, 12, 26);
        } else if (n.startsWith("st. patrick")) {
            return y -> LocalDate.of(y, 3, 17);
        } else if (n.startsWith("mother")) {
            return y -> nth(y, 5, DayOfWeek.SUNDAY, 2);
        } else if (n.startsWith("father")) {
            return y -> nth(y, 6, DayOfWeek.SUNDAY, 3);
        }
        return y -> nth(y, 1, DayOfWeek.MONDAY, 3);
    }

    private static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
