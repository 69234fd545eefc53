package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.COUNT;
import static org.broadsheet.analysis.dates.TimeWords.PART_OF_DAY;
import static org.broadsheet.analysis.dates.TimeWords.UNIT;
import static org.broadsheet.analysis.dates.TimeWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimexType;

/**
 * Expressions that count from the publication date: "today", "yesterday", "on Monday", "last week",
 * "this year", "next month", "two years ago", "last night", and the vague "now", "recently", "the future".
 */
final class DeicticRules {
    private static final String APPROXIMATELY = "(?:(?i:almost|nearly|about|some|more than|less than|over"
            + "|at least|roughly|around|approximately|barely|fewer than|up to)\\s+)?";

    /**
     * "ahead of Sunday's vote", "the run-up to Monday's talks": a possessive weekday that was still to come when
     * the clause happened, which may be before or after the publication date.
     */
    private static final Pattern AHEAD_OF =
            Pattern.compile("(?i)(?:ahead\\s+of|run-up\\s+to|upcoming|preparations\\s+for)\\s+$");

    /** Further back or ahead than this, "ago" names no calendar year. */
    private static final int MAX_YEARS = 1000;

    private DeicticRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.DATE,
                        "yesterday tomorrow",
                        3,
                        "(?i:the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow))",
                        (m, t) -> days(m.group(1).toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2)),
                Rule.of(
                        TimexType.DATE,
                        "today tonight yesterday tomorrow",
                        0,
                        "(?i:(today|tonight|yesterday|tomorrow))",
                        Rule.notInName((m, t) -> today(m.group(1)))),
                Rule.of(
                        TimexType.TIME,
                        "morning afternoon evening night",
                        1,
                        "(?i:(this|yesterday|tomorrow|last|tonight))\\s+(?i:(" + PART_OF_DAY + "))",
                        Rule.notInName(DeicticRules::partOfToday)),
                Rule.of(
                        TimexType.DATE,
                        TimeWords.WEEKDAY_WORDS,
                        1,
                        "(?:((?i:last|next|this|coming|early|late))\\s+)?(" + WEEKDAY + ")(?:\\s+(" + PART_OF_DAY
                                + "))?",
                        DeicticRules::weekday),
                Rule.of(
                        TimexType.DATE,
                        "week weekend month year decade century quarter",
                        3,
                        "(?:(?i:early|late|mid)[- ]?)?((?i:this\\s+past|this|last|next|current|coming))\\s+"
                                + "((?i:week|weekend|month|year|decade|century|quarter))",
                        DeicticRules::thisUnit),
                Rule.of(
                        TimexType.DATE,
                        "ago now hence",
                        8,
                        APPROXIMATELY + "(" + COUNT + ")\\s+(" + UNIT + ")\\s+((?i:ago|from\\s+now|hence))",
                        DeicticRules::ago),
                Rule.of(
                        TimexType.DATE,
                        "now nowadays currently present presently days current",
                        1,
                        "(?i:now|nowadays|currently|at\\s+present|the\\s+present|presently|these\\s+days|current)",
                        Rule.notInName(DeicticRules::present)),
                Rule.of(
                        TimexType.DATE,
                        "recently lately past formerly",
                        1,
                        "(?i:recently|lately|the\\s+past|formerly)",
                        Rule.notInName(DeicticRules::past)),
                Rule.of(
                        TimexType.DATE,
                        "future",
                        1,
                        "(?i:(?:the\\s+)?future)",
                        Rule.notInName((m, t) -> Meaning.constant("FUTURE_REF"))));
    }

    private static Meaning today(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday":
                return days(-1);
            case "tomorrow":
                return days(1);
            default:
                return days(0);
        }
    }

    /** A day counted from the publication date; a part of the day ("last night") keeps the day's value. */
    private static Meaning days(int shift) {
        return anchors -> Anchors.shifted(anchors.publication(), shift, ChronoUnit.DAYS);
    }

    private static Meaning partOfToday(Matcher m, String text) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        String part = m.group(2).toLowerCase(Locale.ROOT);
        if (which.equals("last") && !part.equals("night")) {
            return null;
        }
        int shift = which.equals("yesterday") || which.equals("last") ? -1 : which.equals("tomorrow") ? 1 : 0;
        return days(shift);
    }

    private static Meaning weekday(Matcher m, String text) {
        if (m.group(1) == null && m.group(3) == null && inTitle(text, m.start(), m.end())) {
            return null;
        }
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int shift = modifier.equals("last") ? -1 : modifier.equals("next") || modifier.equals("coming") ? 1 : 0;
        DayOfWeek day = TimeWords.weekday(m.group(2));
        // "Tuesday's ruling" names something that has happened
        boolean possessive = m.end() + 1 < text.length()
                && "'\u2019".indexOf(text.charAt(m.end())) >= 0
                && text.charAt(m.end() + 1) == 's';
        if (possessive
                && shift == 0
                && AHEAD_OF.matcher(text)
                        .region(Math.max(0, m.start() - 24), m.start())
                        .find()) {
            return anchors -> anchors.weekdayNearest(day);
        }
        if (modifier.equals("this")) {
            // "the vote is this Friday": the coming one, unless a past verb says it has gone by
            return anchors -> anchors.tense() == Tense.PAST || anchors.tense() == Tense.LIKELY_PAST || possessive
                    ? anchors.weekday(day, 0, true)
                    : anchors.weekdayAhead(day);
        }
        return anchors -> anchors.weekday(day, shift, possessive);
    }

    /** "the Sunday Herald", "Monday Night Football": a weekday inside a title, between "the" or a name and a capital. */
    private static boolean inTitle(String text, int start, int end) {
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next == end
                || next >= text.length()
                || !Character.isUpperCase(text.charAt(next))
                || TimeWords.isMonthStart(text, next)) {
            return false;
        }
        String before = Rule.wordBefore(text, start);
        int previous = start - 1;
        while (previous >= 0 && text.charAt(previous) == ' ') {
            previous--;
        }
        boolean capitalBefore = previous >= 0
                && Character.isLetter(text.charAt(previous))
                && !before.isEmpty()
                && Character.isUpperCase(text.charAt(previous - before.length() + 1));
        return before.equals("the") || capitalBefore;
    }

    private static Meaning thisUnit(Matcher m, String text) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        boolean before = which.equals("last") || which.startsWith("this") && which.endsWith("past");
        int shift = before ? -1 : which.equals("next") || which.equals("coming") ? 1 : 0;
        if (unit.equals("weekend")) {
            return anchors -> {
                String week = Anchors.shifted(anchors.publication(), shift, ChronoUnit.WEEKS);
                return week + "-WE";
            };
        }
        if (unit.equals("quarter")) {
            return anchors -> quarter(anchors.publication(), shift);
        }
        ChronoUnit chrono = TimeWords.unit(unit);
        return anchors -> Anchors.shifted(anchors.publication(), shift, chrono);
    }

    private static String quarter(CalendarValue dct, int shift) {
        if (dct == null || dct.year() == null) {
            return "XXXX-QX";
        }
        int index = dct.year() * 4 + (dct.month() - 1) / 3 + shift;
        return String.format("%04d-Q%d", index / 4, index % 4 + 1);
    }

    private static Meaning ago(Matcher m, String text) {
        Double amount = TimeWords.count(m.group(1));
        ChronoUnit unit = TimeWords.unit(m.group(2));
        int sign = m.group(3).toLowerCase(Locale.ROOT).equals("ago") ? -1 : 1;
        if (amount == null || TimeWords.years(amount, unit) > MAX_YEARS) {
            return Meaning.constant(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        long whole = (long) Math.floor(amount);
        if (unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES || unit == ChronoUnit.SECONDS) {
            return Meaning.constant(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        if (unit == ChronoUnit.DECADES) {
            return anchors -> Anchors.shifted(anchors.publication(), sign * whole * 10, ChronoUnit.YEARS);
        }
        if (unit == ChronoUnit.CENTURIES) {
            return anchors -> Anchors.shifted(anchors.publication(), sign * whole * 100, ChronoUnit.YEARS);
        }
        return anchors -> Anchors.shifted(anchors.publication(), sign * whole, unit);
    }

    /** "now", except the discourse marker that opens a sentence ("Now the panel's task is ..."). */
    private static Meaning present(Matcher m, String text) {
        if (m.group().equals("Now")) {
            int i = m.start() - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || "\"'`\u201C\u2018".indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            if (i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0) {
                return null;
            }
        }
        return Meaning.constant("PRESENT_REF");
    }

    private static Meaning past(Matcher m, String text) {
        if (m.group().toLowerCase(Locale.ROOT).equals("the past")
                && Rule.after(text, m.end(), 30).matches("(?s)\\s+(?:" + COUNT + "\\s+)?" + UNIT + ".*")) {
            return null;
        }
        return Meaning.constant("PAST_REF");
    }
}
