package org.broadsheet.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;

/**
 * Which URLs an article may link to: {@code http}, {@code https}, {@code mailto}, and relative and
 * fragment URLs. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, an unknown
 * scheme) is refused, however it is spelt: the URL is judged after HTML entities are decoded, control
 * characters and whitespace dropped, and case folded, which is what a browser does before it runs one.
 * <p>
 * The scheme decision is jsoup's {@link Safelist} (an allow-list kept by people who track browser
 * quirks), not a hand-written pattern; the same safelist cleans the HTML of sites with
 * {@code unsafeHtml: true}, which keep their markup but never run script.
 */
public final class LinkPolicy {
    /** Relative URLs are judged as if under this base, so they come out as http URLs and pass. */
    private static final String BASE = "http://relative.invalid/";

    private static final Safelist LINKS = new Safelist()
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addAttributes("img", "src")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /** For raw HTML: jsoup's relaxed set, plus what Broadsheet's own markup and tables use. */
    private static final Safelist RAW_HTML = Safelist.relaxed()
            .addTags("time", "figure", "figcaption", "mark", "small", "abbr", "hr", "del", "ins", "s")
            .addAttributes(
                    ":all", "class", "title", "id", "lang", "dir", "itemprop", "itemscope", "itemtype", "data-value")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private LinkPolicy() {}

    /** Whether a link ({@code image} false) or an image source may carry this URL. */
    public static boolean allows(String url, boolean image) {
        if (url == null) {
            return false;
        }
        String judged = normalise(url);
        if (judged.isEmpty()) {
            return !image; // "[text]()" links to the page itself
        }
        String tag = image ? "img" : "a";
        String key = image ? "src" : "href";
        Element element = new Element(Tag.valueOf(tag), BASE);
        element.attr(key, judged);
        return LINKS.isSafeAttribute(tag, element, element.attribute(key));
    }

    /**
     * The URL as a browser reads it: entities decoded (repeatedly, so {@code &amp;#106;} is judged as a
     * {@code j}), C0 and C1 controls and every kind of space dropped, lower case.
     */
    static String normalise(String url) {
        String decoded = url;
        for (int i = 0; i < 3; i++) {
            String again = Entities.unescape(decoded);
            if (again.equals(decoded)) {
                break;
            }
            decoded = again;
        }
        StringBuilder out = new StringBuilder(decoded.length());
        decoded.codePoints().forEach(c -> {
            boolean invisible = c <= 0x20
                    || c >= 0x7F && c <= 0xA0
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT;
            if (!invisible) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return out.toString();
    }

    /** The raw HTML of an {@code unsafeHtml: true} body with script, handlers and unsafe URLs removed. */
    public static String cleanRawHtml(String html) {
        OutputSettings settings = new OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, RAW_HTML, settings);
    }
}
