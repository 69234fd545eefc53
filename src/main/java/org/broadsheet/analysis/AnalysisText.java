package org.broadsheet.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What every annotator reads: the article body exactly as written, the blocks (paragraphs, headings,
 * blockquotes) it was parsed into, and the publication date if there is one. Annotators report spans
 * as offsets into {@link #text()}; text between blocks (blank lines, Markdown syntax) is never inside
 * a span.
 *
 * @param publicationDate the article's publication date, or null when the article is undated
 */
public record AnalysisText(String text, List<Block> blocks, LocalDate publicationDate) {

    public enum BlockKind {
        PARAGRAPH,
        HEADING,
        BLOCKQUOTE
    }

    /** One block: end-exclusive offsets into the body text. */
    public record Block(int start, int end, BlockKind kind) {
        public Block {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad block [" + start + ", " + end + ")");
            }
        }
    }

    public AnalysisText {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block beyond text: " + b);
            }
        }
    }

    /** The text of one block. */
    public String blockText(Block block) {
        return text.substring(block.start(), block.end());
    }

    /**
     * Plain text as a .txt article reads it: if the text has blank lines, they separate paragraphs
     * (wrapped lines inside one paragraph stay one block); otherwise every non-empty line is a paragraph.
     */
    public static AnalysisText ofPlainText(String text, LocalDate publicationDate) {
        return new AnalysisText(text, PlainTextBlocks.split(text), publicationDate);
    }
}
