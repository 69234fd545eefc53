package org.broadsheet.analysis.dates;

import static org.broadsheet.analysis.dates.TimeWords.COUNT;
import static org.broadsheet.analysis.dates.TimeWords.UNIT;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.TimexType;

/**
 * Expressions that count from the previous date of the narrative rather than from the publication
 * date: "two days later", "a week earlier", "the following day", "the next morning", "that year",
 * "later that month". Without any earlier date they count from the publication date.
 */
final class AnaphoricRules {
    private static final String APPROXIMATELY =
            "(?:(?i:almost|nearly|about|some|more than|less than" + "|at least|roughly|around|barely)\\s+)?";
    /** "for (nearly) two years before": a preposition of length before the count. */
    private static final Pattern LENGTH_BEFORE =
            Pattern.compile("(?i)(?<![\\p{L}])(?:for|over|within|during|throughout)\\s+" + APPROXIMATELY + "$");

    private static final Set<String> DURATION_CONTEXT = Set.of("over", "for", "within", "during", "in", "throughout");

    private AnaphoricRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        TimexType.DATE,
                        "later earlier afterwards afterward before after previously",
                        8,
                        APPROXIMATELY + "(?:(" + COUNT + ")\\s+)?((?i:" + UNIT
                                + "))\\s+((?i:later|earlier|afterwards?|before|after|previously))",
                        AnaphoricRules::countFrom),
                Rule.of(
                        TimexType.DATE,
                        "day morning afternoon evening night week month year",
                        3,
                        "((?i:the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|the\\s+same"
                                + "|that\\s+same|that|(?:later|earlier)\\s+that|(?:later|earlier)\\s+the\\s+same))\\s+"
                                + "((?i:day|morning|afternoon|evening|night|week|month|year))",
                        AnaphoricRules::thatUnit),
                Rule.of(
                        TimexType.DATE,
                        "before after",
                        2,
                        "(?i:the\\s+(day|week|month|year)\\s+(before|after))(?=\\s*[,.;:!?)\\u2014]|\\s+(?:and|but)\\s)",
                        AnaphoricRules::unitBeforeOrAfter));
    }

    private static Meaning countFrom(Matcher m, String text) {
        String direction = m.group(3).toLowerCase(Locale.ROOT);
        if ((direction.equals("before") || direction.equals("after"))
                && Rule.after(text, m.end(), 3).matches("\\s+[\\p{L}\\d].*")) {
            return null;
        }
        if (LENGTH_BEFORE
                .matcher(text)
                .region(Math.max(0, m.start() - 40), m.start())
                .find()) {
            return null; // "for two years before", "over a week afterwards": a length of time, not a date
        }
        ChronoUnit unit = TimeWords.unit(m.group(2));
        if (unit.compareTo(ChronoUnit.DAYS) < 0
                || m.group(2).toLowerCase(Locale.ROOT).startsWith("fortnight")) {
            return null;
        }
        if (m.group(1) == null && !m.group(2).toLowerCase(Locale.ROOT).endsWith("s")) {
            return null;
        }
        Double amount = m.group(1) == null ? null : TimeWords.count(m.group(1));
        int sign = direction.equals("earlier") || direction.equals("before") || direction.equals("previously") ? -1 : 1;
        if (amount == null || TimeWords.years(amount, unit) > 1000) {
            return anchors -> vague(anchors, unit);
        }
        long whole = (long) Math.floor(amount);
        return anchors -> shift(anchors, sign * whole, unit);
    }

    /** "days later": the month of the anchor; "years later": nothing more precise than the past or future. */
    private static String vague(Anchors anchors, ChronoUnit unit) {
        if (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS) {
            CalendarValue month = anchors.narrativeMonth();
            return month == null ? "XXXX-XX" : month.value();
        }
        return "PAST_REF";
    }

    static String shift(Anchors anchors, long amount, ChronoUnit unit) {
        switch (unit) {
            case DAYS:
            case WEEKS:
                if (unit == ChronoUnit.WEEKS && anchors.narrativeAtWeek()) {
                    return anchors.narrativeWeekDay()
                            .plus(amount, ChronoUnit.WEEKS)
                            .isoWeek(); // "Two weeks ago ... a week later"
                }
                CalendarValue month = anchors.narrativeMonthWithoutDay();
                if (month != null) {
                    return month.value() + "-XX";
                }
                // counted from a known day, "a week earlier" is a day too
                return Anchors.shifted(
                        anchors.narrativeDay(), unit == ChronoUnit.WEEKS ? amount * 7 : amount, ChronoUnit.DAYS);
            case MONTHS:
                return Anchors.shifted(anchors.narrativeMonth(), amount, unit);
            case DECADES:
                return Anchors.shifted(anchors.narrativeYear(), amount * 10, ChronoUnit.YEARS);
            case CENTURIES:
                return Anchors.shifted(anchors.narrativeYear(), amount * 100, ChronoUnit.YEARS);
            default:
                return Anchors.shifted(anchors.narrativeYear(), amount, ChronoUnit.YEARS);
        }
    }

    /** "The day before, ...": one unit from the narrative's date (not "the day before the vote"). */
    private static Meaning unitBeforeOrAfter(Matcher m, String text) {
        ChronoUnit unit = TimeWords.unit(m.group(1));
        int shift = m.group(2).equalsIgnoreCase("before") ? -1 : 1;
        if (unit == ChronoUnit.WEEKS) {
            return anchors -> {
                CalendarValue day = anchors.narrativeWeekDay();
                return day == null || !day.isDay()
                        ? "XXXX-WXX"
                        : day.plus(shift, ChronoUnit.WEEKS).isoWeek();
            };
        }
        return anchors -> shift(anchors, shift, unit);
    }

    private static Meaning thatUnit(Matcher m, String text) {
        String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        boolean partOfDay = !Set.of("day", "week", "month", "year").contains(unitWord);
        ChronoUnit unit = partOfDay ? ChronoUnit.DAYS : TimeWords.unit(unitWord);
        int shift = which.contains("following") || which.contains("next")
                ? 1
                : which.contains("previous") || which.contains("preceding") ? -1 : 0;
        if (shift != 0 && !partOfDay && DURATION_CONTEXT.contains(Rule.wordBefore(text, m.start()))) {
            return Meaning.constant(DurationRules.duration(1.0, unit));
        }
        if (unit == ChronoUnit.WEEKS) {
            return anchors -> {
                CalendarValue day = anchors.narrativeWeekDay();
                return day == null || !day.isDay()
                        ? "XXXX-WXX"
                        : day.plus(shift, ChronoUnit.WEEKS).isoWeek();
            };
        }
        return anchors -> shift(anchors, shift, unit);
    }
}
