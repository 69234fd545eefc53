package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.AnalysisText.BlockKind;

/**
 * Finds the stretches of an article that stand between quotation marks. Double marks (curly “ ”,
 * straight ", « », „ “) delimit quotes; single marks (‘ ’ and ') are only nested inside them, unless
 * the article uses no double marks at all (British style), where they are the quotes. Doubled
 * apostrophes (''like this'', from typewriter-era wire copy) are not quotation marks: annotated news
 * treats what stands between them as reported, not quoted, speech. They still count as double marks
 * for the British-style test, so the single marks inside them stay nested-only. Apostrophes
 * (Iraq’s, don’t, ’90s) are never marks. A paragraph that ends inside a quote continues it into the
 * next paragraph when that one opens with a quotation mark (news style); otherwise the quote ends with
 * its paragraph. Markup attribute values (tweet id="...") are skipped, and so are nicknames inside
 * names (Thomas "Tip" O'Neill). Blockquote blocks are not
 * scanned: they are quotes as a whole.
 */
final class QuoteScanner {

    /** A quote: offsets of its opening mark and just past its closing mark (or its paragraph's end). */
    record Found(int start, int end, boolean closed) {}

    List<Found> scan(AnalysisText text) {
        String s = text.text();
        boolean singles = !hasDoubleMarks(s);
        List<Found> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        int lastEnd = -1;
        for (Block block : text.blocks()) {
            if (block.kind() == BlockKind.BLOCKQUOTE) {
                if (open >= 0) {
                    out.add(new Found(open, lastEnd, false));
                    open = -1;
                }
                continue;
            }
            int i = block.start();
            if (open >= 0) {
                if (isOpener(s, i, singles, block.end())) {
                    i++; // the continuation paragraph's opening mark
                } else {
                    out.add(new Found(open, lastEnd, false));
                    open = -1;
                }
            }
            for (; i < block.end(); i++) {
                char c = s.charAt(i);
                if (isDoubledApostrophe(s, i, block.end())) { // ''typewriter marks'': not read as quotes
                    i++;
                    continue;
                }
                if (open < 0) {
                    if (c == '"' && i > 0 && s.charAt(i - 1) == '=') {
                        int close = s.indexOf('"', i + 1);
                        i = close < 0 || close >= block.end() ? block.end() : close;
                    } else if (isOpener(s, i, singles, block.end())) {
                        open = i;
                        opener = c;
                    }
                } else if (closes(opener, s, i, block.end())) {
                    if (!isNickname(s, open, i + 1, block)) {
                        out.add(new Found(open, i + 1, true));
                    }
                    open = -1;
                }
            }
            lastEnd = block.end();
        }
        if (open >= 0) {
            out.add(new Found(open, lastEnd, false));
        }
        return out;
    }

    /**
     * A nickname inside a name: Marcia “Cia” Price, Thomas "Tip" O'Neill. One or two capitalised words
     * between a capitalised word and another, separated by single spaces: part of the name, not a quote.
     */
    private static boolean isNickname(String s, int open, int end, Block block) {
        if (end - open > 24
                || open - 2 < block.start()
                || end + 1 >= block.end()
                || s.charAt(open - 1) != ' '
                || s.charAt(end) != ' '
                || !Character.isUpperCase(s.charAt(end + 1))) {
            return false;
        }
        int w = open - 1;
        while (w > block.start() && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w == open - 1 || !Character.isUpperCase(s.charAt(w))) {
            return false;
        }
        String[] words = s.substring(open + 1, end - 1).split(" ");
        if (words.length > 2) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty()
                    || !Character.isUpperCase(word.charAt(0))
                    || !word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDoubleMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '”' || c == '"' || c == '«' || c == '„' || isDoubledApostrophe(s, i, s.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDoubledApostrophe(String s, int i, int end) {
        return i + 1 < end && s.charAt(i) == '\'' && s.charAt(i + 1) == '\'';
    }

    private static boolean isOpener(String s, int i, boolean singles, int end) {
        char c = s.charAt(i);
        char next = i + 1 < end ? s.charAt(i + 1) : ' ';
        switch (c) {
            case '“', '«', '„':
                return true;
            case '"':
                return !Character.isWhitespace(next);
            case '”': // a mistyped opener: ”Mr. Trump ...
                return Character.isLetter(next) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)));
            case '‘', '\'':
                return singles && Character.isLetter(next) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
            default:
                return false;
        }
    }

    private static boolean closes(char opener, String s, int i, int end) {
        char c = s.charAt(i);
        switch (opener) {
            case '“', '"', '”':
                return c == '”' || c == '"' || (c == '“' && isWordEnd(s, i, end));
            case '«':
                return c == '»';
            case '„':
                return c == '“' || c == '”';
            case '‘', '\'':
                return (c == '’' || c == '\'')
                        && isWordEnd(s, i, end)
                        && !(s.charAt(i - 1) == 's' && i + 1 < end && Character.isLetter(s.charAt(i + 1)));
            default:
                return false;
        }
    }

    /** A mark after the end of a word: not followed by a letter or digit (so not an apostrophe). */
    private static boolean isWordEnd(String s, int i, int end) {
        return i > 0
                && !Character.isWhitespace(s.charAt(i - 1))
                && (i + 1 >= end || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }
}
