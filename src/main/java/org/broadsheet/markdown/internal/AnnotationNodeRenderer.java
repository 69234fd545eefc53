package org.broadsheet.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.HashSet;
import java.util.Set;
import org.broadsheet.markdown.AnnotationExtension;
import org.broadsheet.markdown.ArticleLinks;
import org.broadsheet.markdown.LiteralText;
import org.broadsheet.markdown.PersonNode;
import org.broadsheet.markdown.PlaceNode;
import org.broadsheet.markdown.QuoteNode;
import org.broadsheet.markdown.TimeNode;
import org.broadsheet.model.Quote;

/**
 * Writes annotation nodes as {@code <q>}, {@code <time>} and links, with schema.org microdata where it fits.
 * A person or place is linked at its first mention in the document (a demonym counts as a mention of its
 * country); later mentions are {@code <span class="person">} / {@code <span class="place">}, unless
 * {@link AnnotationExtension#LINK_EVERY_MENTION} is set. Flexmark makes one renderer per rendered
 * document, so the set of pages already linked is this document's own.
 */
public final class AnnotationNodeRenderer implements NodeRenderer {
    private final boolean linkEveryMention;
    private final Set<String> linked = new HashSet<>();

    private AnnotationNodeRenderer(DataHolder options) {
        this.linkEveryMention = AnnotationExtension.LINK_EVERY_MENTION.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(
                        LiteralText.class,
                        (node, ctx, html) -> html.text(node.getChars().toString())),
                new NodeRenderingHandler<>(QuoteNode.class, this::renderQuote),
                new NodeRenderingHandler<>(TimeNode.class, this::renderTime),
                new NodeRenderingHandler<>(PlaceNode.class, this::renderPlace),
                new NodeRenderingHandler<>(PersonNode.class, this::renderPerson));
    }

    private void renderQuote(QuoteNode node, NodeRendererContext ctx, HtmlWriter html) {
        Quote q = node.quote();
        html.attr("class", "quote quote-" + q.kind().label());
        if (q.speaker() != null) {
            html.attr("title", q.speaker());
        }
        html.withAttr().tag("q");
        ctx.renderChildren(node);
        html.tag("/q");
    }

    private void renderTime(TimeNode node, NodeRendererContext ctx, HtmlWriter html) {
        String value = node.timex().calendarValue();
        if (value == null) {
            html.attr("class", "timex")
                    .attr("data-value", node.timex().value())
                    .withAttr()
                    .tag("span");
            ctx.renderChildren(node);
            html.tag("/span");
            return;
        }
        html.attr("datetime", value).withAttr().tag("time");
        ctx.renderChildren(node);
        html.tag("/time");
    }

    private void renderPlace(PlaceNode node, NodeRendererContext ctx, HtmlWriter html) {
        String href = links(ctx).placeHref(node.place().id());
        link(node, ctx, html, href, "place");
    }

    private void renderPerson(PersonNode node, NodeRendererContext ctx, HtmlWriter html) {
        String href = links(ctx).personHref(node.personName());
        link(node, ctx, html, href, "person");
    }

    private void link(
            org.broadsheet.markdown.AnnotationNode node,
            NodeRendererContext ctx,
            HtmlWriter html,
            String href,
            String cssClass) {
        if (href == null) {
            ctx.renderChildren(node);
            return;
        }
        boolean first = linked.add(href);
        if (!first && !linkEveryMention) {
            html.attr("class", cssClass).withAttr().tag("span");
            ctx.renderChildren(node);
            html.tag("/span");
            return;
        }
        html.attr("class", cssClass).attr("href", href).withAttr().tag("a");
        ctx.renderChildren(node);
        html.tag("/a");
    }

    private static ArticleLinks links(NodeRendererContext ctx) {
        return AnnotationExtension.LINKS.get(ctx.getDocument());
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new AnnotationNodeRenderer(options);
        }
    }
}
