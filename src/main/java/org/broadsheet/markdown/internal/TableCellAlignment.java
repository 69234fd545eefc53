package org.broadsheet.markdown.internal;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A table cell's alignment as a class ({@code align-left}, {@code align-center}, {@code align-right}) that
 * the theme styles, instead of the {@code align} attribute Flexmark writes, which HTML5 made obsolete.
 */
public final class TableCellAlignment implements AttributeProvider {
    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        }
    }

    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new TableCellAlignment();
        }
    }
}
