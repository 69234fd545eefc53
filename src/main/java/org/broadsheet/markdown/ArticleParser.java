package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.AnalysisText.BlockKind;

/**
 * Turns an article body into a Flexmark AST and back into HTML. Markdown is CommonMark plus tables,
 * raw HTML escaped unless the site allows it; plain text becomes paragraphs of {@link LiteralText},
 * so nothing in it is markup. The parser and renderer are built once and shared between threads.
 */
public final class ArticleParser {
    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean unsafeHtml;

    public ArticleParser(boolean unsafeHtml) {
        this(unsafeHtml, false);
    }

    /** @param linkEveryMention link every mention of a person or place, not only the first (site.yaml) */
    public ArticleParser(boolean unsafeHtml, boolean linkEveryMention) {
        this.unsafeHtml = unsafeHtml;
        MutableDataSet set = new MutableDataSet();
        set.set(AnnotationExtension.LINK_EVERY_MENTION, linkEveryMention);
        set.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AnnotationExtension.create()));
        set.set(HtmlRenderer.ESCAPE_HTML, !unsafeHtml);
        set.set(TablesExtension.CLASS_NAME, "table");
        this.options = set.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Document parseMarkdown(String body) {
        return parser.parse(body);
    }

    /** A plain-text body: one paragraph per block of {@link AnalysisText#ofPlainText}. */
    public Document parsePlainText(String body) {
        BasedSequence chars = BasedSequence.of(body);
        Document document = new Document(options, chars);
        for (Block block : AnalysisText.ofPlainText(body, null).blocks()) {
            BasedSequence text = chars.subSequence(block.start(), block.end());
            Paragraph paragraph = new Paragraph(text);
            paragraph.appendChild(new LiteralText(text));
            document.appendChild(paragraph);
        }
        return document;
    }

    /** The blocks annotators read, in document order, with their source offsets. */
    public static AnalysisText analysisText(Document document, String body, LocalDate publicationDate) {
        List<Block> blocks = new ArrayList<>();
        collect(document, false, blocks);
        return new AnalysisText(body, blocks, publicationDate);
    }

    private static void collect(Node node, boolean inQuote, List<Block> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof TableCell) {
                add(child.getChars(), inQuote ? BlockKind.BLOCKQUOTE : BlockKind.PARAGRAPH, out);
            } else if (child instanceof Heading h) {
                add(h.getText(), BlockKind.HEADING, out);
            } else {
                collect(child, inQuote || child instanceof BlockQuote, out);
            }
        }
    }

    private static void add(BasedSequence chars, BlockKind kind, List<Block> out) {
        BasedSequence trimmed = chars.trim();
        if (!trimmed.isEmpty()) {
            out.add(new Block(trimmed.getStartOffset(), trimmed.getEndOffset(), kind));
        }
    }

    /**
     * The text of a leading level-one heading ("# Title"), which becomes the title when front matter
     * has none; it is removed from the document so the page does not show it twice.
     */
    public static String takeLeadingHeading(Document document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            String title = h.getText().toString().strip();
            h.unlink();
            return title.isEmpty() ? null : title;
        }
        return null;
    }

    public String render(Document document, ArticleLinks links) {
        document.set(AnnotationExtension.LINKS, links);
        String html = renderer.render(document);
        // raw HTML is the site's choice, but never script: handlers, <script> and javascript: URLs go
        return VoidElements.html5(unsafeHtml ? LinkPolicy.cleanRawHtml(html) : html);
    }
}
