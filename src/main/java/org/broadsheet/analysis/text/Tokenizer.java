package org.broadsheet.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits English news text into word and punctuation tokens. Words keep inner apostrophes and hyphens
 * ("don’t", "al-Ameri", "Iraq’s"); a period stays on the word when it marks an abbreviation or an
 * initial ("Mr.", "Sen.", "W.", "U.S."), so that sentence splitting and name finding can tell the two
 * apart. Hand-written rather than OpenNLP's statistical tokenizer: it is far faster and news text
 * needs only these rules. Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final String JOINERS = "’'-.";
    /** Words that take an abbreviation period in news prose. */
    static final Lexicon ABBREVIATIONS = Lexicon.load("abbreviations");

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int e = initialismEnd(text, i, to);
            if (e < 0 && Character.isLetterOrDigit(c)) {
                e = wordEnd(text, i, to);
            }
            if (e < 0) { // any other mark, one code point
                e = i + Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(i, e);
            if (e < to && text.charAt(e) == '.' && Character.isLetterOrDigit(c) && takesPeriod(word)) {
                e++;
                word = word + ".";
            }
            out.add(new Token(i, e, word));
            i = e;
        }
        return out;
    }

    /** End of "U.S." or "D.C." (two or more capital-period pairs) starting at {@code i}, or -1. */
    private static int initialismEnd(String text, int i, int to) {
        int j = i;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            j += 2;
        }
        return j - i >= 4 ? j : -1;
    }

    /** End of a word: letters and digits, joined by inner apostrophes, hyphens and periods. */
    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (true) {
            while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (j + 1 < to && JOINERS.indexOf(text.charAt(j)) >= 0 && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                return j;
            }
        }
    }

    /** "N.C", "G.K": a period between letters. */
    private static boolean hasInnerPeriod(String word) {
        for (int k = 1; k + 1 < word.length(); k++) {
            if (word.charAt(k) == '.'
                    && Character.isLetter(word.charAt(k - 1))
                    && Character.isLetter(word.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesPeriod(String word) {
        int dash = word.lastIndexOf('-');
        if (dash > 0 && dash + 1 < word.length()) { // party and state: "R-Ky.", "D-Mass."
            String tail = word.substring(dash + 1);
            return ABBREVIATIONS.contains(tail)
                    || tail.contains(".")
                    || (tail.length() <= 2 && Character.isUpperCase(tail.charAt(0)));
        }
        return ABBREVIATIONS.contains(word)
                || hasInnerPeriod(word)
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.equals("a.m")
                || word.equals("p.m");
    }
}
