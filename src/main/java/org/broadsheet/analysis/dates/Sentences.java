package org.broadsheet.analysis.dates;

import java.util.Locale;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Finds the sentence around a span of an article body and shortens it for display. A sentence ends at
 * ".", "!" or "?" followed by a space and a capital or an opening quote, unless the period closes a
 * common abbreviation ("Nov.", "Mr.", "U.S."); it never runs past its paragraph.
 */
final class Sentences {
    private static final Lexicon ABBREVIATIONS = Lexicon.load("abbreviations").lowerCase();

    private Sentences() {}

    /** [start, end) of the sentence holding {@code [from, to)} inside the paragraph {@code [blockStart, blockEnd)}. */
    static int[] around(String text, int from, int to, int blockStart, int blockEnd) {
        int start = from;
        while (start > blockStart && !endsSentence(text, start - 1, blockEnd)) {
            start--;
        }
        int end = to;
        while (end < blockEnd && !endsSentence(text, end, blockEnd)) {
            end++;
        }
        end = Math.min(blockEnd, end + 1);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new int[] {start, end};
    }

    private static boolean endsSentence(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < limit && "\"'\u201D\u2019)".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= limit) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < limit && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j < limit
                && !(Character.isUpperCase(text.charAt(j))
                        || Character.isDigit(text.charAt(j))
                        || "\"'`\u201C\u2018(".indexOf(text.charAt(j)) >= 0)) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w)));
    }

    /**
     * The sentence as plain text on one line, at most {@code max} characters: when longer, a stretch around
     * the span cut at word boundaries, with an ellipsis where text was left out.
     */
    static String shortened(String text, int start, int end, int spanStart, int spanEnd, int max) {
        String flat = text.substring(start, end).replaceAll("\\s+", " ").trim();
        if (flat.length() <= max) {
            return flat;
        }
        int budget = max - 2;
        int from = spanEnd - start <= budget ? start : Math.max(start, spanStart - budget / 3);
        int to = Math.min(end, from + budget);
        while (from > start && from < to && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < end && to > from && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String middle = text.substring(from, to).replaceAll("\\s+", " ").trim();
        return (from > start ? "\u2026 " : "") + middle.replaceAll("[,;:]$", "") + (to < end ? " \u2026" : "");
    }
}
