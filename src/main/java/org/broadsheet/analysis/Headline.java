package org.broadsheet.analysis;

import java.util.regex.Pattern;

/**
 * A headline derived from a lede for articles without a title: parentheticals and appositives removed,
 * cut at a clause boundary, at most {@value #MAX_LENGTH} characters, never mid-word.
 */
public final class Headline {
    public static final int MAX_LENGTH = 120;
    private static final int MIN_LENGTH = 30;

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");
    /** ", who heads X," ", also known as Y," ", 45," : a comma-enclosed aside. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s+(?:who|whom|whose|which|also|known as|aged|himself|herself|itself|themselves|formerly|then|now|"
                    + "a|an|the|\\d{1,3})\\b[^,;:]{0,90},");
    /** Where a headline may end: punctuation, or before a word that opens a subordinate clause. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "[,;:]|\\s[—–-]\\s|\\s(?=(?:following|after|before|as|while|because|which|who|when|where|amid|despite|"
                    + "although|though|since|until|and|but|with|without|saying|adding|according)\\s)");

    private Headline() {
    }

    public static String fromLede(String lede) {
        String s = lede.replaceAll("\\s+", " ").strip();
        s = PARENTHETICAL.matcher(s).replaceAll("");
        String previous;
        do {
            previous = s;
            s = APPOSITIVE.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        s = trimEnd(s);
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int cut = -1;
        var m = CLAUSE_BOUNDARY.matcher(s);
        while (m.find() && m.start() <= MAX_LENGTH) {
            if (m.start() >= MIN_LENGTH) {
                cut = m.start();
            }
        }
        if (cut > 0) {
            return trimEnd(s.substring(0, cut));
        }
        int space = s.lastIndexOf(' ', MAX_LENGTH - 1);
        return trimEnd(s.substring(0, space > 0 ? space : MAX_LENGTH - 1)) + "…";
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[\\s,;:.—–-]+$", "").strip();
    }
}
