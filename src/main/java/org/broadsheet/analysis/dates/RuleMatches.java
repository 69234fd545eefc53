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
import java.util.regex.Matcher;
import org.broadsheet.analysis.AnalysisText;

/**
 * Runs the rules over a body and keeps the matches that do not overlap. A rule's pattern only runs at the
 * few word starts before one of its trigger words (a month, a unit, a number...), which keeps the whole
 * pass near a tenth of a millisecond for a news article. Where matches overlap, the longest wins, and
 * the earlier rule on a tie. Immutable and thread-safe.
 */
final class RuleMatches {
    /** The rule tables in the order they are tried, by the name their rules carry in an explanation. */
    private static final Map<String, List<Rule>> TABLES = tables();

    static final List<Rule> RULES =
            TABLES.values().stream().flatMap(List::stream).toList();
    /** Each rule's name, as {@code extract --explain} prints it: its table and its place there ("calendar-3"). */
    private static final List<String> NAMES = names();

    /** Rule indices by trigger word. */
    private static final Map<String, int[]> RULES_BY_TRIGGER = indexTriggers();
    /** How far before and after a trigger word a match may reach. */
    private static final int REACH = 48;

    /** One accepted match: the rule that made it and what its reading understood. */
    record Match(int start, int end, Rule rule, int ruleIndex, Meaning meaning) {
        int length() {
            return end - start;
        }
    }

    private record Key(int rule, int start, int end) {}

    private RuleMatches() {}

    private static Map<String, List<Rule>> tables() {
        Map<String, List<Rule>> t = new java.util.LinkedHashMap<>();
        t.put("calendar", CalendarRules.rules());
        t.put("holiday", HolidayRules.rules());
        t.put("period", PeriodRules.rules());
        t.put("clock", ClockRules.rules());
        t.put("anaphoric", AnaphoricRules.rules());
        t.put("deictic", DeicticRules.rules());
        t.put("duration", DurationRules.rules());
        return java.util.Collections.unmodifiableMap(t);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        TABLES.forEach((table, rules) -> {
            for (int i = 1; i <= rules.size(); i++) {
                names.add(table + "-" + i);
            }
        });
        return List.copyOf(names);
    }

    /** The name of the rule at an index of {@link #RULES}. */
    static String name(int ruleIndex) {
        return NAMES.get(ruleIndex);
    }

    /** The chosen matches in reading order: leftmost, then longest, then earliest rule. */
    static List<Match> find(String body, List<AnalysisText.Block> blocks) {
        List<Match> all = candidates(body, blocks);
        all.sort(Comparator.comparingInt(Match::start)
                .thenComparing(Comparator.comparingInt(Match::length).reversed())
                .thenComparingInt(Match::ruleIndex));
        List<Match> chosen = new ArrayList<>();
        int end = -1;
        for (Match c : all) {
            if (c.start() >= end) {
                chosen.add(c);
                end = c.end();
            } else if (c.end() > end
                    && c.length() > chosen.get(chosen.size() - 1).length()) {
                chosen.set(chosen.size() - 1, c);
                end = c.end();
            }
        }
        return chosen;
    }

    private static Map<String, int[]> indexTriggers() {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String word : RULES.get(r).triggers()) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byWord.forEach((word, rules) ->
                index.put(word, rules.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(index);
    }

    /**
     * Every match of every rule around its trigger words that the rule's reading accepts. A match starts
     * at a word (or at the apostrophe of "'90s") shortly before its trigger and lies inside one block.
     */
    private static List<Match> candidates(String body, List<AnalysisText.Block> blocks) {
        int[][] words = words(body);
        int[] starts = words[0];
        int[] ends = words[1];
        List<Match> all = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int k = 0; k < starts.length; k++) {
            String word = Character.isDigit(body.charAt(starts[k]))
                    ? Rule.NUMBER
                    : body.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
            int[] rules = RULES_BY_TRIGGER.get(word);
            if (rules == null) {
                continue;
            }
            int regionEnd = Math.min(body.length(), ends[k] + REACH);
            for (int r : rules) {
                if (matchers[r] == null) {
                    matchers[r] = RULES.get(r)
                            .pattern()
                            .matcher(body)
                            .useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                for (int j = k; j >= 0 && j >= k - RULES.get(r).wordsBefore() && starts[j] >= starts[k] - REACH; j--) {
                    int from = starts[j] > 0 && body.charAt(starts[j] - 1) == '\'' ? starts[j] - 1 : starts[j];
                    int blockEnd = blockEnd(from, blocks, body.length());
                    if (blockEnd < ends[k]) {
                        break; // the trigger lies in a later block than this word
                    }
                    Matcher m = matchers[r].region(from, Math.min(regionEnd, blockEnd));
                    if (!m.lookingAt() || m.end() <= starts[k] || !seen.add(new Key(r, m.start(), m.end()))) {
                        continue;
                    }
                    Meaning meaning = RULES.get(r).reading().read(m, body);
                    if (meaning != null) {
                        all.add(new Match(m.start(), m.end(), RULES.get(r), r, meaning));
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

    /**
     * The end of the block holding a position, so that no match runs into the next paragraph; -1 when the
     * position lies between blocks. Blocks are in text order, so a binary search finds it.
     */
    private static int blockEnd(int position, List<AnalysisText.Block> blocks, int textEnd) {
        if (blocks.isEmpty()) {
            return textEnd;
        }
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blocks.get(mid).start() <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        AnalysisText.Block b = blocks.get(lo);
        return b.start() <= position && position < b.end() ? b.end() : -1;
    }
}
