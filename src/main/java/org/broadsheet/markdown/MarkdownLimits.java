package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What one Markdown article may ask of the parser and renderer, so that a hostile or broken file costs
 * time in proportion to its size and cannot exhaust the stack:
 * <ul>
 * <li>a paragraph may hold at most {@value #MAX_OPENERS_PER_PARAGRAPH} link openings ({@code "]("})
 *     and as many backtick runs: each unclosed one makes the parser scan the rest of the paragraph,
 *     so their cost grows with the square of their number (30,000 took 50 s);</li>
 * <li>blocks and inlines may nest at most {@value #MAX_DEPTH} levels deep (block quotes in block
 *     quotes, lists in lists): rendering walks the tree recursively.</li>
 * </ul>
 * A body over a limit is refused with the line it starts at; nothing of it is built.
 */
public final class MarkdownLimits {
    public static final int MAX_OPENERS_PER_PARAGRAPH = 1_000;
    public static final int MAX_DEPTH = 100;

    /** A limit a body goes over: the 1-based line in the body, and what to tell its author. */
    public record Excess(int line, String message) {}

    private MarkdownLimits() {}

    /** Checks the text before parsing, in one pass; null when it is within the limits. */
    public static Excess beforeParsing(String body) {
        int line = 1;
        int paragraphLine = 1;
        int links = 0;
        int ticks = 0;
        boolean blank = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (blank) {
                    links = 0;
                    ticks = 0;
                    paragraphLine = line + 1;
                }
                blank = true;
                line++;
                continue;
            }
            if (c != ' ' && c != '\t') {
                blank = false;
            }
            if (c == ']' && i + 1 < body.length() && body.charAt(i + 1) == '(') {
                links++;
            } else if (c == '`' && (i == 0 || body.charAt(i - 1) != '`')) {
                ticks++;
            }
            if (links > MAX_OPENERS_PER_PARAGRAPH || ticks > MAX_OPENERS_PER_PARAGRAPH) {
                return new Excess(
                        paragraphLine,
                        "the paragraph starting here has more than " + MAX_OPENERS_PER_PARAGRAPH
                                + (links > MAX_OPENERS_PER_PARAGRAPH ? " link openings ('](')" : " backtick runs")
                                + ", which would take the Markdown parser minutes; split it into paragraphs or escape them (\\] or \\`)");
            }
        }
        return null;
    }

    /** Checks the parsed tree without recursion; null when it nests no deeper than {@value #MAX_DEPTH}. */
    public static Excess afterParsing(Document document) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                return new Excess(
                        node.getStartLineNumber() + 1,
                        "Markdown nested more than " + MAX_DEPTH
                                + " levels deep (block quotes, lists or emphasis inside each other); flatten it");
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    return null;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
        return null;
    }
}
