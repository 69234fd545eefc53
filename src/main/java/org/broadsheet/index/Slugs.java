package org.broadsheet.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe names: lower-case ASCII letters, digits and single hyphens, nothing else. Whatever a
 * title or front matter says ("../../x", "<script>"), a slug can never leave its folder.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** A slug for the text, or {@code fallback} when nothing usable is left. */
    public static String slugify(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
                .replace('đ', 'd').replace('Đ', 'd').replace('æ', 'a').replace('Æ', 'a')
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’ʼ]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() > MAX_LENGTH) {
            int cut = folded.lastIndexOf('-', MAX_LENGTH);
            folded = folded.substring(0, cut > 20 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return folded.isEmpty() ? fallback : folded;
    }
}
