package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * An article body as a reader sees it on its page, as plain text: for Markdown, the words of each block
 * without the markup ("# ", "**", link targets), one block a line, and without the leading heading when
 * it became the title. Search indexes and shows snippets of this text, not the source.
 */
public final class RenderedText {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                    .toImmutable())
            .build();

    private RenderedText() {}

    /**
     * @param headingIsTitle the article has no title in its front matter, so a leading "# Heading" is its
     *                       title and not part of its text
     */
    public static String of(String body, boolean markdown, boolean headingIsTitle) {
        if (!markdown) {
            return body;
        }
        Document doc = PARSER.parse(body);
        if (headingIsTitle) {
            ArticleParser.takeLeadingHeading(doc);
        }
        StringBuilder out = new StringBuilder(body.length());
        collect(doc, out);
        return out.toString().strip();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph
                    || child instanceof Heading
                    || child instanceof TableCell
                    || child instanceof FencedCodeBlock
                    || child instanceof IndentedCodeBlock) {
                String text =
                        new TextCollectingVisitor().collectAndGetText(child).strip();
                if (!text.isEmpty()) {
                    out.append(text.replaceAll("\\s*\\n\\s*", " ")).append('\n');
                }
            } else {
                collect(child, out);
            }
        }
    }
}
