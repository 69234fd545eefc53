package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.DAY;
import static org.broadsheet.analysis.dates.TimeWords.MONTH_BY_NUMBER;
import static org.broadsheet.analysis.dates.TimeWords.MONTH_FULL;
import static org.broadsheet.analysis.dates.TimeWords.WEEKDAY;
import static org.broadsheet.analysis.dates.TimeWords.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.model.TimexType;

/**
 * Calendar dates as news writes them: "Nov. 17, 2017", "Monday, Oct. 19", "17 November", "2017-11-17",
 * "January 1998", "in April", "last October", "in 2014", "mid-2016", "the 1990s".
 */
final class CalendarRules {
    /** Words after which a bare month name ("in April") or a bare year ("since 1990") is a date. */
    private static final Lexicon DATE_CONTEXT = Lexicon.load("date-context");
    /** Words before a four-digit number that make it an amount, not a year ("about 2000"). */
    private static final Lexicon AMOUNT_BEFORE = Lexicon.load("amount-before");

    private static final String AMOUNT_AFTER = "\\s*(?:-|\\s)\\s*(?:people|persons|men|women|children|troops|soldiers"
            + "|police|officers|members|students|workers|residents|refugees|civilians|votes|feet|meters|metres|miles"
            + "|kilometers|kilometres|km|tons|tonnes|dollars|euros|pounds|yen|units|cases|deaths|jobs|homes|houses"
            + "|acres|hectares|rounds|barrels|words|pages|points|times|hours|hrs|GMT|UTC|copies|signatures)(?![a-z]).*";

    /** "1840 Elm St.", "2210 Lake Ave.": a house number, not a year. */
    private static final Pattern STREET_AFTER = Pattern.compile(
            "(?:\\s+[A-Z][\\p{L}'.]*){1,3}\\s+(?:St|Street|Ave|Avenue|Rd"
                    + "|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace)\\b");

    private static final Pattern MONTH_BEFORE = Pattern.compile(MONTH_BY_NUMBER);
    private static final Pattern OF_AFTER =
            Pattern.compile("\\s+(?:of|for)\\s+(?!(?:the\\s+)?(?:that|this|last|next)?\\s*year|" + YEAR + ")");

    private CalendarRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.DATE,
                        TimeWords.MONTH_WORDS,
                        2,
                        "(?:(" + WEEKDAY + "),?\\s+)?(" + MONTH_BY_NUMBER + ")\\s+(" + DAY + ")(?:,?\\s+(" + YEAR
                                + "))?",
                        (m, t) -> monthDay(m.group(2), m.group(3), m.group(4), afterSince(m, t))),
                Rule.of(
                        TimexType.DATE,
                        TimeWords.MONTH_WORDS,
                        4,
                        "(?:(" + WEEKDAY + "),?\\s+)?(?:(?i:the)\\s+)?(" + DAY + ")\\s+(?:(?i:of)\\s+)?("
                                + MONTH_BY_NUMBER + ")(?:,?\\s+(" + YEAR + "))?",
                        (m, t) -> monthDay(m.group(3), m.group(2), m.group(4))),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        0,
                        "(?<=" + MONTH_BY_NUMBER
                                + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,3}(?:and|to|through|or|-|\u2013)\\s{0,3})("
                                + DAY + ")",
                        CalendarRules::secondDayOfRange),
                Rule.of(
                        TimexType.DATE,
                        TimeWords.MONTH_WORDS,
                        3,
                        "(?i:the\\s+week\\s+of)\\s+(" + MONTH_BY_NUMBER + ")\\s+(" + DAY + ")(?:,?\\s+(" + YEAR + "))?",
                        CalendarRules::weekOf),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        0,
                        "(\\d{4})-(\\d{2})-(\\d{2})",
                        (m, t) -> fullDate(m.group(1), m.group(2), m.group(3))),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        0,
                        "(\\d{1,2})/(\\d{1,2})/(\\d{4})",
                        (m, t) -> fullDate(m.group(3), m.group(1), m.group(2))),
                Rule.of(
                        TimexType.DATE,
                        TimeWords.MONTH_WORDS,
                        1,
                        "(?:(?i:early|late|mid)[- ])?(" + MONTH_BY_NUMBER + ")(?:,|\\s+of)?\\s+(" + YEAR + ")",
                        (m, t) -> Meaning.constant(
                                new CalendarValue(Integer.valueOf(m.group(2)), TimeWords.month(m.group(1)), null)
                                        .value())),
                Rule.of(
                        TimexType.DATE,
                        TimeWords.MONTH_WORDS,
                        1,
                        "(?:((?i:last|next|this|early|late|mid))[- ])?(" + MONTH_FULL
                                + ")(?:\\s+((?i:this|next|last))\\s+(?i:year))?",
                        CalendarRules::bareMonth),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        2,
                        "(?:(?i:early|late|mid|pre|post)[- ])?(?:(?i:the\\s+year|fiscal)\\s+)?(" + YEAR + ")",
                        CalendarRules::year),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        1,
                        "(?:(?i:early|late|mid)[- ])?(1[89]\\d|20\\d)0'?s",
                        (m, t) -> Meaning.constant(m.group(1) + "X")),
                Rule.of(
                        TimexType.DATE,
                        "#",
                        1,
                        "(?:(?i:early|late|mid)[- ])?'([0-9])0s",
                        (m, t) -> Meaning.constant("19" + m.group(1) + "X")));
    }

    /** A year-less date after "since" lies before the publication date, whatever the tense. */
    private static boolean afterSince(Matcher m, String text) {
        return Rule.wordBefore(text, m.start()).equals("since");
    }

    private static Meaning monthDay(String monthWord, String dayText, String yearText) {
        return monthDay(monthWord, dayText, yearText, false);
    }

    private static Meaning monthDay(String monthWord, String dayText, String yearText, boolean past) {
        int month = TimeWords.month(monthWord);
        int day = TimeWords.day(dayText);
        if (day > LocalDate.of(2000, month, 1).lengthOfMonth()) {
            return null;
        }
        if (yearText != null) {
            return fullDate(yearText, String.valueOf(month), String.valueOf(day));
        }
        return anchors -> anchors.yearless(month, day, past).value();
    }

    /** "the week of Dec. 4": the ISO week holding that day. */
    private static Meaning weekOf(Matcher m, String text) {
        Meaning day = monthDay(m.group(1), m.group(2), m.group(3));
        if (day == null) {
            return null;
        }
        return anchors -> {
            CalendarValue value = CalendarValue.parse(day.resolve(anchors));
            return value == null ? "XXXX-WXX" : value.isoWeek();
        };
    }

    /** The second day of "May 14 and 15" or "Nov. 3-5" takes the month of the first. */
    private static Meaning secondDayOfRange(Matcher m, String text) {
        Matcher month = MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        String monthWord = null;
        while (month.find()) {
            monthWord = month.group();
        }
        return monthWord == null ? null : monthDay(monthWord, m.group(1), null);
    }

    private static Meaning fullDate(String year, String month, String day) {
        try {
            return Meaning.constant(CalendarValue.of(
                            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)))
                    .value());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Meaning bareMonth(Matcher m, String text) {
        String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        int month = TimeWords.month(m.group(2));
        if (modifier == null && !DATE_CONTEXT.contains(Rule.wordBefore(text, m.start()))) {
            return null;
        }
        if (modifier == null
                && m.end() + 1 < text.length()
                && text.charAt(m.end()) == ' '
                && Character.isUpperCase(text.charAt(m.end() + 1))) {
            return null;
        }
        if (modifier == null
                && m.group(3) == null
                && Rule.wordBefore(text, m.start()).equals("the")
                && OF_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "the March of Dimes", "the March for Life": a name, not the month
        }
        if (m.group(3) != null) {
            String which = m.group(3).toLowerCase(Locale.ROOT);
            int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            return anchors ->
                    Anchors.shifted(anchors.publication(), shift, ChronoUnit.YEARS) + String.format("-%02d", month);
        }
        if ("last".equals(modifier) || "next".equals(modifier) || "this".equals(modifier)) {
            return anchors -> relativeMonth(anchors, month, modifier);
        }
        boolean past = afterSince(m, text);
        return anchors -> anchors.yearless(month, null, past).value();
    }

    private static String relativeMonth(Anchors anchors, int month, String modifier) {
        CalendarValue dct = anchors.publication();
        if (dct == null || dct.year() == null) {
            return new CalendarValue(null, month, null).value();
        }
        int year = dct.year();
        if (modifier.equals("last") && month >= dct.month()) {
            year--;
        } else if (modifier.equals("next") && month <= dct.month()) {
            year++;
        }
        return new CalendarValue(year, month, null).value();
    }

    private static Meaning year(Matcher m, String text) {
        String before = Rule.wordBefore(text, m.start());
        if (AMOUNT_BEFORE.contains(before)
                || Rule.after(text, m.end(), 24).matches(AMOUNT_AFTER)
                || STREET_AFTER
                        .matcher(text)
                        .region(m.end(), Math.min(text.length(), m.end() + 40))
                        .lookingAt()) {
            return null;
        }
        if (m.start() > 0 && "$£€#".indexOf(text.charAt(m.start() - 1)) >= 0) {
            return null;
        }
        return Meaning.constant(m.group(1));
    }
}
