package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Splits a body into {@link Token}s: letters and digits with inner apostrophes and the dots of abbreviations
 * ("O'Hare", "U.S."), a possessive "’s" split off, and sentence starts and title-case headlines marked.
 * Hyphens split words ("Atlanta-area", "D-Charleston"); the scanner joins them again where a name has one
 * ("Winston-Salem", "Dayr al-Zawr").
 */
final class Tokenizer {
    /** Abbreviations whose dot does not end a sentence: "St. Louis", "Gov. Smith", "Calif. officials". */
    private static final Lexicon ABBREVIATIONS = Lexicon.load("abbreviations");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                            || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            if (i < n && text.charAt(i) == '.' && dottedInitials(text, start, i)) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        int sentence = 0;
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k)[0];
            int end = spans.get(k)[1];
            boolean sentenceStart = k == 0 || startsSentence(text, spans.get(k - 1)[1], start);
            if (sentenceStart) {
                sentence = k;
            }
            boolean possessive = end - start > 2
                    && text.charAt(end - 2) != '.'
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                    && text.charAt(end - 1) == 's';
            int core = possessive ? end - 2 : end;
            char first = text.charAt(start);
            tokens.add(new Token(
                    start,
                    core,
                    possessive,
                    Character.isUpperCase(first),
                    allCaps(text, start, core),
                    sentenceStart,
                    false));
            if (sentence == 0 && (k + 1 == spans.size() || startsSentence(text, end, spans.get(k + 1)[0]))) {
                markHeadline(text, tokens, sentence, k + 1);
            }
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '.';
    }

    /** "U.S" (then "."), "D.C", but not "end.Next". */
    private static boolean dottedInitials(String text, int start, int end) {
        for (int i = start; i < end; i += 2) {
            if (!Character.isLetter(text.charAt(i)) || (i + 1 < end && text.charAt(i + 1) != '.')) {
                return false;
            }
        }
        return end - start >= 3;
    }

    private static boolean allCaps(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && end - start > 1;
    }

    private static boolean startsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (c == '.') {
                String word = wordBefore(text, i);
                return !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isUpperCase(word.charAt(0)));
            }
        }
        return false;
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** A title opening the body in title case ("Avoyelles Task Force Arrests 14"), where capitals say little. */
    private static void markHeadline(String text, List<Token> tokens, int from, int to) {
        int words = 0;
        int capitals = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.end() - t.start() > 3 && Character.isLetter(text.charAt(t.start()))) {
                words++;
                capitals += t.capitalised() ? 1 : 0;
            }
        }
        if (words >= 4 && capitals * 10 >= words * 8) {
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                tokens.set(
                        k,
                        new Token(
                                t.start(),
                                t.end(),
                                t.possessive(),
                                t.capitalised(),
                                t.allCaps(),
                                t.sentenceStart(),
                                true));
            }
        }
    }
}
