package org.broadsheet.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lede: the first sentence of an article's first paragraph, the source of missing titles and summaries. */
public final class Lede {
    /** Words that end with a period but do not end a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Capt|Sgt|Rep|Sen|Gov|Rev|Mt|No|vs|etc|Inc|Corp|Ltd|Co"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\\b\\p{Lu}|\\p{L}\\.\\p{L})$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’')]*(?=\\s+[\\p{Lu}“\"‘'(\\d])");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Lede() {}

    /** The first sentence of the first paragraph or heading-free block; empty when the body has no text. */
    public static String of(AnalysisText text) {
        for (AnalysisText.Block block : text.blocks()) {
            if (block.kind() == AnalysisText.BlockKind.PARAGRAPH) {
                return firstSentence(text.blockText(block));
            }
        }
        return text.blocks().isEmpty()
                ? ""
                : firstSentence(text.blockText(text.blocks().get(0)));
    }

    static String firstSentence(String paragraph) {
        // a sentence is never longer than this; huge unbroken paragraphs must not be copied whole
        String head = paragraph.length() > 4000 ? paragraph.substring(0, 4000) : paragraph;
        String p = WHITESPACE.matcher(head).replaceAll(" ").strip();
        Matcher m = SENTENCE_END.matcher(p);
        while (m.find()) {
            String before = p.substring(0, m.start());
            if (p.charAt(m.start()) == '.' && ABBREVIATION.matcher(before).find()) {
                continue;
            }
            return p.substring(0, m.end()).strip();
        }
        return p;
    }
}
