package org.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.broadsheet.markdown.internal.AnnotationNodeRenderer;
import org.broadsheet.markdown.internal.SafeLinkRenderer;
import org.broadsheet.markdown.internal.TableCellAlignment;

/**
 * Renders the nodes analysis inserts ({@link QuoteNode}, {@link TimeNode}, {@link PlaceNode},
 * {@link PersonNode}) and {@link LiteralText} as semantic HTML, and table cell alignment as classes. The nodes are inserted after parsing by
 * {@link AnnotationInserter}, not by a parser post-processor: analysis needs the publication date and
 * runs once per article, outside any single parse.
 * <p>
 * It also guards every link and image: see {@link LinkPolicy}.
 */
public final class AnnotationExtension implements HtmlRenderer.HtmlRendererExtension {
    /** Per-document link targets; set on the Document before rendering. */
    public static final DataKey<ArticleLinks> LINKS = new DataKey<>("BROADSHEET_LINKS", ArticleLinks.NONE);

    /**
     * Link every mention of a person or place, not only the first one in the article (site.yaml
     * {@code linkEveryMention}). Off by default, as news sites do: later mentions stay plain text,
     * still marked up as a person or place.
     */
    public static final DataKey<Boolean> LINK_EVERY_MENTION = new DataKey<>("BROADSHEET_LINK_EVERY_MENTION", false);

    private AnnotationExtension() {}

    public static AnnotationExtension create() {
        return new AnnotationExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new AnnotationNodeRenderer.Factory());
        builder.attributeProviderFactory(new TableCellAlignment.Factory());
        builder.nodeRendererFactory(new SafeLinkRenderer.Factory());
    }
}
