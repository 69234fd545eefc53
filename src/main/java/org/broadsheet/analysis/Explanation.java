package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which named rules found and kept each span of one article, and, when asked, which candidates a rule
 * rejected: what {@code broadsheet extract --explain} prints, so that a wrong result can be traced to one
 * rule. Finders record into it as they decide. {@link #NONE} records nothing and is what a build uses;
 * any other instance belongs to one article on one thread.
 */
public final class Explanation {
    /** How much to record: nothing, the rules behind each reported span, or rejected candidates too. */
    public enum Level {
        NONE,
        KEPT,
        ALL
    }

    /** One decision: a rule that found or kept {@code [start, end)}, or that rejected it. */
    public record Step(String finder, int start, int end, String text, String rule, boolean kept) {}

    public static final Explanation NONE = new Explanation(Level.NONE);

    private final Level level;
    private final List<Step> steps = new ArrayList<>();

    private Explanation(Level level) {
        this.level = level;
    }

    public static Explanation recording(Level level) {
        return level == Level.NONE ? NONE : new Explanation(level);
    }

    /** Whether anything is recorded; a finder may skip work that only an explanation needs. */
    public boolean on() {
        return level != Level.NONE;
    }

    public boolean recordsRejections() {
        return level == Level.ALL;
    }

    public void kept(String finder, int start, int end, String text, String rule) {
        if (level != Level.NONE) {
            steps.add(new Step(finder, start, end, text, rule, true));
        }
    }

    public void rejected(String finder, int start, int end, String text, String rule) {
        if (level == Level.ALL) {
            steps.add(new Step(finder, start, end, text, rule, false));
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The rules that found and kept the span {@code [start, end)} of one finder, in the order they fired. */
    public List<String> rulesFor(String finder, int start, int end) {
        List<String> rules = new ArrayList<>();
        for (Step s : steps) {
            if (s.kept()
                    && s.finder().equals(finder)
                    && s.start() == start
                    && s.end() == end
                    && !rules.contains(s.rule())) {
                rules.add(s.rule());
            }
        }
        return rules;
    }

    /** The candidates a rule rejected, in the order they were rejected. */
    public List<Step> rejections() {
        return steps.stream().filter(s -> !s.kept()).toList();
    }
}
