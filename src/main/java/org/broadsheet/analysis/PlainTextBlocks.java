package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits plain text into paragraph blocks by the .txt rules (see {@link AnalysisText#ofPlainText}). */
final class PlainTextBlocks {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");

    private PlainTextBlocks() {}

    static List<AnalysisText.Block> split(String text) {
        List<AnalysisText.Block> blocks = new ArrayList<>();
        if (BLANK_LINE.matcher(text).find()) {
            int from = 0;
            Matcher m = BLANK_LINE.matcher(text);
            while (m.find()) {
                addTrimmed(text, from, m.start(), blocks);
                from = m.end();
            }
            addTrimmed(text, from, text.length(), blocks);
        } else {
            Matcher m = LINE.matcher(text);
            while (m.find()) {
                addTrimmed(text, m.start(), m.end(), blocks);
            }
        }
        return blocks;
    }

    private static void addTrimmed(String text, int start, int end, List<AnalysisText.Block> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new AnalysisText.Block(start, end, AnalysisText.BlockKind.PARAGRAPH));
        }
    }
}
