package org.broadsheet.content;

/**
 * Text as every page, the feed and the sitemap can carry it. XML 1.0 forbids the C0 control
 * characters other than tab, line feed and carriage return, and U+FFFE and U+FFFF; one of them in
 * an article would make {@code feed.xml} unreadable to every feed reader. Form feed and vertical tab
 * (page breaks in old wire copy) become spaces, the others U+FFFD, so offsets into the text stay put.
 * A NUL is refused: it means the file is binary, whatever its encoding.
 */
final class XmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {}

    static String checked(String file, String text) throws ContentProblem {
        int bad = firstForbidden(text);
        if (bad < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = bad; i < chars.length; i++) {
            char c = chars[i];
            if (c == 0) {
                throw new ContentProblem(file, lineAt(text, i), "binary file (NUL character); articles must be text");
            }
            if (forbidden(c)) {
                chars[i] = c == '\f' || c == '\u000B' ? ' ' : REPLACEMENT;
            }
        }
        return new String(chars);
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
