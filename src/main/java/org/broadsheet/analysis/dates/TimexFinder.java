package org.broadsheet.analysis.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Rule indices by trigger word: a rule's pattern only runs around the words that can start it. */
    private static final Map<String, int[]> RULES_BY_TRIGGER = indexTriggers();
    /** How far before and after a trigger word a match may reach. */
    private static final int REACH = 48;
    /** How many words before its trigger a match may start ("no more than two and a half years"). */
    private static final int WORDS_BEFORE = 8;

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
            Anchors anchors = new Anchors(publication, narrative, () -> TenseCues.around(body, c.start(), c.end()));
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

    private static Map<String, int[]> indexTriggers() {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String word : RULES.get(r).triggers()) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byWord.forEach((word, rules) -> index.put(word, rules.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(index);
    }

    /**
     * Every match of every rule around its trigger words, as long as the rule's reading accepts it. A match
     * starts at a word (or the apostrophe of "'90s") at most {@link #REACH} characters before its trigger.
     */
    private static List<Candidate> candidates(String body, List<AnalysisText.Block> blocks) {
        int[][] words = words(body);
        int[] starts = words[0];
        int[] ends = words[1];
        List<Candidate> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int k = 0; k < starts.length; k++) {
            String word = Character.isDigit(body.charAt(starts[k])) ? Rule.NUMBER
                    : body.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
            int[] rules = RULES_BY_TRIGGER.get(word);
            if (rules == null) {
                continue;
            }
            int regionEnd = Math.min(body.length(), ends[k] + REACH);
            for (int r : rules) {
                if (matchers[r] == null) {
                    matchers[r] = RULES.get(r).pattern().matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
                }
                for (int j = k; j >= 0 && j > k - WORDS_BEFORE && starts[j] >= starts[k] - REACH; j--) {
                    int from = starts[j] > 0 && body.charAt(starts[j] - 1) == '\'' ? starts[j] - 1 : starts[j];
                    Matcher m = matchers[r].region(from, regionEnd);
                    if (!m.lookingAt() || m.end() <= starts[k]) {
                        continue;
                    }
                    long key = ((long) r << 50) | ((long) m.start() << 25) | m.end();
                    if (!seen.add(key) || !insideOneBlock(m.start(), m.end(), blocks)) {
                        continue;
                    }
                    Meaning meaning = RULES.get(r).reading().read(m, body);
                    if (meaning != null) {
                        all.add(new Candidate(m.start(), m.end(), r, meaning));
                    }
                }
            }
        }
        return all;
    }

    /** Start and end offsets of the words (runs of letters and digits) of a text. */
    private static int[][] words(String body) {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int n = 0;
        int length = body.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(body.charAt(i))) {
                i++;
                continue;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = i;
            while (i < length && Character.isLetterOrDigit(body.charAt(i))) {
                i++;
            }
            ends[n++] = i;
        }
        return new int[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
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
