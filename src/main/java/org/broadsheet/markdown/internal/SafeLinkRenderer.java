package org.broadsheet.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.broadsheet.markdown.LinkPolicy;

/**
 * Renders Markdown links, images, autolinks and reference links through the core renderer only when
 * {@link LinkPolicy} allows their URL; otherwise the link's text (an image's alt text) is written as
 * plain text, so {@code [x](javascript:...)} shows "x" and links nowhere.
 */
public final class SafeLinkRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(
                        Link.class,
                        (node, ctx, html) -> guard(
                                LinkPolicy.allows(node.getUrl().unescape(), false),
                                ctx,
                                () -> ctx.renderChildren(node))),
                new NodeRenderingHandler<>(
                        Image.class,
                        (node, ctx, html) -> guard(
                                LinkPolicy.allows(node.getUrl().unescape(), true),
                                ctx,
                                () -> html.text(node.getText().unescape()))),
                new NodeRenderingHandler<>(
                        AutoLink.class,
                        (node, ctx, html) -> guard(
                                LinkPolicy.allows(node.getUrl().unescape(), false),
                                ctx,
                                () -> html.text(node.getText().toString()))),
                new NodeRenderingHandler<>(
                        LinkRef.class,
                        (node, ctx, html) ->
                                guard(referenceAllowed(node, ctx, false), ctx, () -> ctx.renderChildren(node))),
                new NodeRenderingHandler<>(
                        ImageRef.class,
                        (node, ctx, html) -> guard(
                                referenceAllowed(node, ctx, true),
                                ctx,
                                () -> html.text(node.getText().unescape()))));
    }

    private static void guard(boolean allowed, NodeRendererContext ctx, Runnable asText) {
        if (allowed) {
            ctx.delegateRender();
        } else {
            asText.run();
        }
    }

    /** An undefined reference renders as its literal text anyway; a defined one is judged by its URL. */
    private static boolean referenceAllowed(RefNode node, NodeRendererContext ctx, boolean image) {
        if (!node.isDefined()) {
            return true;
        }
        Reference reference = node.getReferenceNode(ctx.getDocument());
        return reference == null || LinkPolicy.allows(reference.getUrl().unescape(), image);
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SafeLinkRenderer();
        }
    }
}
