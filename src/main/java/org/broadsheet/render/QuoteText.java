package org.broadsheet.render;

import java.util.regex.Pattern;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;

/** A quote's text as lists show it: one line, without the Markdown blockquote markers of its source. */
final class QuoteText {
    private static final Pattern BLOCKQUOTE_MARKER = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private QuoteText() {}

    static String of(Quote q) {
        String text = q.kind() == QuoteKind.BLOCK
                ? BLOCKQUOTE_MARKER.matcher(q.text()).replaceAll("")
                : q.text();
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
