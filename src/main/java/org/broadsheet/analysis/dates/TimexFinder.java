package org.broadsheet.analysis.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.model.Timex;
import org.broadsheet.model.TimexType;

/**
 * Finds time expressions and resolves them to TimeML TIMEX3 values. The rules' matches (see
 * {@link RuleMatches}) are resolved in reading order, each against the publication date (or the
 * dateline's date when the article has none), the dates the narrative mentioned before it and the tense
 * of its clause. Thread-safe: the rules are immutable and every call keeps its own narrative.
 */
public final class TimexFinder {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(?:-WE)?");

    /** The finder's name in an {@link Explanation}. */
    public static final String FINDER = "dates";

    public List<Timex> find(AnalysisText text) {
        return find(text, Explanation.NONE);
    }

    /** As {@link #find(AnalysisText)}, recording into {@code why} the rule behind each expression. */
    public List<Timex> find(AnalysisText text, Explanation why) {
        String body = text.text();
        CalendarValue publication = publicationAnchor(text);
        Narrative narrative = new Narrative();
        List<Timex> found = new ArrayList<>();
        for (RuleMatches.Match c : RuleMatches.find(body, text.blocks())) {
            Anchors anchors = new Anchors(publication, narrative, () -> TenseCues.around(body, c.start(), c.end()));
            String value;
            try {
                value = c.meaning().resolve(anchors);
            } catch (DateTimeException | ArithmeticException e) {
                // "5000000 days ago" leaves the calendar: not a date anyone can place
                if (why.recordsRejections()) {
                    why.rejected(FINDER, c.start(), c.end(), body.substring(c.start(), c.end()), "off-the-calendar");
                }
                continue;
            }
            if (value == null) {
                why.rejected(
                        FINDER,
                        c.start(),
                        c.end(),
                        body.substring(c.start(), c.end()),
                        "no-anchor:" + RuleMatches.name(c.ruleIndex()));
                continue;
            }
            if (why.on()) {
                why.kept(
                        FINDER,
                        c.start(),
                        c.end(),
                        body.substring(c.start(), c.end()),
                        RuleMatches.name(c.ruleIndex()));
            }
            TimexType type = typeOf(c.rule().type(), value);
            found.add(new Timex(c.start(), c.end(), body.substring(c.start(), c.end()), type, value));
            int clock = value.indexOf('T');
            CalendarValue calendar = CalendarValue.parse(clock < 0 ? value : value.substring(0, clock));
            if (type != TimexType.DURATION && type != TimexType.SET && calendar != null) {
                narrative.mention(calendar);
            } else if (type == TimexType.DATE) {
                CalendarValue week = weekDay(value);
                if (week != null) {
                    narrative.mentionWeek(week);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The Monday of a week value ("2017-W46", "2017-W46-WE"), or null for any other value. */
    static CalendarValue weekDay(String value) {
        Matcher m = WEEK.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return CalendarValue.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(DayOfWeek.MONDAY));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The publication date, else the dateline's date (year-less when the dateline gives no year), else null. */
    static CalendarValue publicationAnchor(AnalysisText text) {
        if (text.publicationDate() != null) {
            return CalendarValue.of(text.publicationDate());
        }
        Optional<Dateline> dateline = Dateline.find(text.text());
        if (dateline.isPresent() && dateline.get().date() != null) {
            return CalendarValue.of(dateline.get().date());
        }
        if (dateline.isPresent() && dateline.get().monthDay() != null) {
            return new CalendarValue(
                    null,
                    dateline.get().monthDay().getMonthValue(),
                    dateline.get().monthDay().getDayOfMonth());
        }
        return null;
    }

    /** TIMEX3 types follow the value: a value with a clock or part of day is a TIME, a P value a DURATION. */
    private static TimexType typeOf(TimexType ruleType, String value) {
        if (ruleType == TimexType.SET) {
            return TimexType.SET;
        }
        if (value.startsWith("P") && !value.endsWith("_REF")) {
            return TimexType.DURATION;
        }
        if (value.contains("T") && !value.endsWith("_REF")) {
            return TimexType.TIME;
        }
        return ruleType == TimexType.DURATION ? TimexType.DURATION : TimexType.DATE;
    }
}
