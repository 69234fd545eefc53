package org.broadsheet.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL-safe names: lower-case ASCII letters, digits and single hyphens, nothing else. Whatever a
 * title or front matter says ("../../x", "<script>"), a slug can never leave its folder.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {}

    /** A slug for the text, or {@code fallback} when nothing usable is left. */
    public static String slugify(String text, String fallback) {
        String s = text == null ? "" : text;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD))
                    .replaceAll("")
                    .replace('ß', 's')
                    .replace('ø', 'o')
                    .replace('Ø', 'o')
                    .replace('ł', 'l')
                    .replace('Ł', 'l')
                    .replace('đ', 'd')
                    .replace('Đ', 'd')
                    .replace('æ', 'a')
                    .replace('Æ', 'a');
        }
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        String folded =
                EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        if (folded.length() > MAX_LENGTH) {
            int cut = folded.lastIndexOf('-', MAX_LENGTH);
            folded = folded.substring(0, cut > 20 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return folded.isEmpty() ? fallback : folded;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
