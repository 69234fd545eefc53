package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.text.Token;

/**
 * Words run together with no space between them, as text copied from web pages often has them: "WhitcombRep."
 * in "Sen. Dora WhitcombRep. Lyle Brandt", or "OlsenShareReply". A lower-case letter followed by a capital
 * four or more letters into a word is such a seam; closer to the start it belongs to the name ("McAdam",
 * "LeRoy", "MacArthur"). Stateless.
 */
final class GluedWords {
    private static final int NAME_PREFIX = 4;
    /** Longer name prefixes written with a capital after them: "VanderMeer", "FitzGerald". */
    private static final java.util.Set<String> LONG_PREFIXES =
            java.util.Set.of("Vander", "Vanden", "Vande", "Fitz", "Della", "Dela", "Mac", "Van", "Von");

    private GluedWords() {}

    /** Where the first seam of a word lies, or -1: "WhitcombRep" gives 8. */
    static int seam(String word) {
        int segmentStart = 0;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '\'' || c == '’' || c == '.') {
                segmentStart = i + 1;
            } else if (Character.isUpperCase(c)
                    && Character.isLowerCase(word.charAt(i - 1))
                    && i - segmentStart >= NAME_PREFIX
                    && !LONG_PREFIXES.contains(word.substring(segmentStart, i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean glued(String word) {
        return seam(word) >= 0;
    }

    /**
     * Rule {@code name.glued-title}: splits a word glued to the title that follows it into the name's last word
     * and the title ("WhitcombRep." is "Whitcomb" and "Rep."), so that the title introduces the next name. Other
     * glued words stay as they are. Returns {@code tokens} itself when nothing is split.
     */
    static List<Token> splitAtTitles(String text, List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int seam = t.isWord() && t.isCapitalized() ? seam(t.text()) : -1;
            String tail = seam < 0 ? null : t.text().substring(seam);
            if (tail == null
                    || !PersonWords.isTitle(tail.endsWith(".") ? tail.substring(0, tail.length() - 1) : tail)) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, k));
            }
            out.add(new Token(t.start(), t.start() + seam, t.text().substring(0, seam)));
            boolean periodNext = !tail.endsWith(".")
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).is(".")
                    && tokens.get(k + 1).start() == t.end()
                    && text.startsWith(" ", t.end() + 1);
            if (periodNext) {
                out.add(new Token(t.start() + seam, t.end() + 1, tail + "."));
                k++;
            } else {
                out.add(new Token(t.start() + seam, t.end(), tail));
            }
        }
        return out == null ? tokens : out;
    }
}
