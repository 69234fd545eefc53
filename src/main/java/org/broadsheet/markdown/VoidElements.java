package org.broadsheet.markdown;

import java.util.regex.Pattern;

/**
 * Flexmark writes void elements XHTML-style ({@code <img ... />}, {@code <br />}, {@code <hr />}); in HTML the
 * slash means nothing and the Nu checker warns about every one. Attribute values are escaped ({@code >}
 * as {@code &gt;}), so a tag ends at its first {@code >} and the slash before it can be dropped safely.
 */
final class VoidElements {
    private static final Pattern SELF_CLOSED = Pattern.compile("<(img|br|hr|input|source|wbr)\\b([^<>]*?)\\s*/>");

    private VoidElements() {}

    static String html5(String html) {
        return html.indexOf("/>") < 0 ? html : SELF_CLOSED.matcher(html).replaceAll("<$1$2>");
    }
}
