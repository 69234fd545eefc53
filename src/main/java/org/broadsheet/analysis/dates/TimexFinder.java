package org.broadsheet.analysis.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.model.Timex;
import org.broadsheet.model.TimexType;

/**
 * Finds time expressions and resolves them to TimeML TIMEX3 values. Every rule matches over the body;
 * where matches overlap the longest one wins (the earlier rule on a tie); the chosen expressions are then
 * resolved in reading order, each against the publication date (or the dateline's date when the article
 * has none) and the dates the narrative mentioned before it. Thread-safe: the rules are immutable and
 * every call keeps its own narrative.
 */
public final class TimexFinder {
    private static final List<Rule> RULES = Stream.of(CalendarRules.rules(), HolidayRules.rules(), PeriodRules.rules(),
                    ClockRules.rules(), AnaphoricRules.rules(), DeicticRules.rules(), DurationRules.rules())
            .flatMap(List::stream).toList();

    private record Candidate(int start, int end, int rule, Meaning meaning) {
        int length() {
            return end - start;
        }
    }

    public List<Timex> find(AnalysisText text) {
        String body = text.text();
        CalendarValue publication = publicationAnchor(text);
        Narrative narrative = new Narrative();
        List<Timex> found = new ArrayList<>();
        for (Candidate c : select(candidates(body, text.blocks()))) {
            Anchors anchors = new Anchors(publication, narrative, TenseCues.around(body, c.start(), c.end()));
            String value = c.meaning().resolve(anchors);
            if (value == null) {
                continue;
            }
            TimexType type = typeOf(RULES.get(c.rule()).type(), value);
            found.add(new Timex(c.start(), c.end(), body.substring(c.start(), c.end()), type, value));
            CalendarValue calendar = CalendarValue.parse(value.replaceFirst("T.*$", ""));
            if (type != TimexType.DURATION && type != TimexType.SET && calendar != null) {
                narrative.mention(calendar);
            }
        }
        return List.copyOf(found);
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
            return new CalendarValue(null, dateline.get().monthDay().getMonthValue(), dateline.get().monthDay().getDayOfMonth());
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

    private static List<Candidate> candidates(String body, List<AnalysisText.Block> blocks) {
        List<Candidate> all = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Matcher m = RULES.get(r).pattern().matcher(body);
            while (m.find()) {
                if (!insideOneBlock(m.start(), m.end(), blocks)) {
                    continue;
                }
                Meaning meaning = RULES.get(r).reading().read(m, body);
                if (meaning != null) {
                    all.add(new Candidate(m.start(), m.end(), r, meaning));
                }
            }
        }
        return all;
    }

    private static boolean insideOneBlock(int start, int end, List<AnalysisText.Block> blocks) {
        if (blocks.isEmpty()) {
            return true;
        }
        for (AnalysisText.Block b : blocks) {
            if (b.start() <= start && end <= b.end()) {
                return true;
            }
        }
        return false;
    }

    /** Leftmost-longest: sorted by start, longer first, earlier rule first; overlapping later ones drop out. */
    private static List<Candidate> select(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::rule));
        List<Candidate> chosen = new ArrayList<>();
        int end = -1;
        for (Candidate c : all) {
            if (c.start() >= end) {
                chosen.add(c);
                end = c.end();
            } else if (c.end() > end && c.length() > chosen.get(chosen.size() - 1).length()) {
                chosen.set(chosen.size() - 1, c);
                end = c.end();
            }
        }
        return chosen;
    }
}
