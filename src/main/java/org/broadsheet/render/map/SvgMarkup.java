package org.broadsheet.render.map;

/** Escaping and number formatting for SVG that is inlined in HTML5 pages. */
public final class SvgMarkup {
    private SvgMarkup() {}

    /**
     * Appends text escaped for element content and double- or single-quoted attributes. Control
     * characters that HTML forbids become spaces; unpaired surrogates become U+FFFD.
     */
    public static StringBuilder appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (c < 0x20 && c != '\t' && c != '\n'
                            || c >= 0x7F && c <= 0x9F
                            || c == '\uFFFE'
                            || c == '\uFFFF') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Appends a number rounded to one decimal, without exponent, locale or trailing ".0", so the
     * same input always gives the same bytes.
     */
    static StringBuilder appendDecimal(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out;
    }
}
