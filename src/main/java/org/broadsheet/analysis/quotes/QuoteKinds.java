package org.broadsheet.analysis.quotes;

import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Sentence;
import org.broadsheet.model.QuoteKind;

/**
 * Tells a quoted utterance ({@code direct}) from a quoted fragment inside reported speech
 * ({@code partial}) and from a quoted term nobody is quoted as saying ({@code scare}): self-proclaimed
 * “caliphate”, a show called “Face the Nation”. An utterance opens its sentence (or follows a colon)
 * or ends in sentence punctuation; a fragment is mid-sentence; a fragment with no speech cue in its
 * sentence, or a short title-cased name, is scare.
 */
final class QuoteKinds {
    private static final int LONG_FRAGMENT_WORDS = 8;
    private static final int SHORT_WORDS = 3;
    /** Words before a title that make it the name of something: on “Face the Nation”, his “Livin' Large”. */
    private static final Lexicon NAMING_WORDS = Lexicon.load("naming-words");
    /** Words that announce a term as somebody else's without quoting anyone. */
    private static final Set<String> SCARE_MARKERS = Set.of(
            "so-called",
            "self-proclaimed",
            "self-styled",
            "self-described",
            "titled",
            "entitled",
            "quote-unquote",
            "term",
            "word",
            "phrase");

    /** Does the quote read as a whole utterance? Decided before attribution, which it steers. */
    static boolean isUtterance(String text, QuoteScanner.Found q, Sentence sentence) {
        if (!q.closed()) {
            return true;
        }
        String inner = inner(text, q);
        if (inner.isEmpty()) {
            return false;
        }
        boolean opensSentence = sentence == null || opensSentence(text, sentence.start(), q.start());
        char last = inner.charAt(inner.length() - 1);
        boolean endsLikeSentence = last == ',' || last == '.' || last == '?' || last == '!' || last == '…';
        boolean capital = Character.isUpperCase(firstLetter(inner));
        return (opensSentence && (capital || words(inner) >= 3))
                || (capital && endsLikeSentence && words(inner) >= 4 && afterColonOrComma(text, q.start()));
    }

    /**
     * @param namesSomeone whether the quote's sentence names a person or refers to one by pronoun,
     *                     outside the quote: a fragment there is somebody's words, not a scare quote
     */
    static QuoteKind kind(
            String text, QuoteScanner.Found q, boolean utterance, Attribution attribution, boolean namesSomeone) {
        String inner = inner(text, q);
        if (utterance && (attribution != null || words(inner) >= 3)) {
            return QuoteKind.DIRECT;
        }
        String before = wordBefore(text, q.start());
        if (SCARE_MARKERS.contains(before)) {
            return QuoteKind.SCARE;
        }
        if (isTitleLike(inner)) {
            boolean named = before.endsWith("’s")
                    || before.endsWith("'s")
                    || before.equals("on")
                    || NAMING_WORDS.contains(before);
            return attribution != null && !named ? QuoteKind.PARTIAL : QuoteKind.SCARE;
        }
        if (attribution != null || namesSomeone || words(inner) >= LONG_FRAGMENT_WORDS) {
            return QuoteKind.PARTIAL;
        }
        return QuoteKind.SCARE;
    }

    /** The lower-cased word just before the opening mark, or "". */
    private static String wordBefore(String text, int quoteStart) {
        int e = quoteStart;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    /** The quoted words without their marks. */
    static String inner(String text, QuoteScanner.Found q) {
        int s = q.start();
        int e = q.end();
        while (s < e && isMark(text.charAt(s))) {
            s++;
        }
        while (q.closed() && e > s && isMark(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(s, e).strip();
    }

    private static boolean isMark(char c) {
        return "\"'“”‘’«»„".indexOf(c) >= 0;
    }

    private static boolean opensSentence(String text, int sentenceStart, int quoteStart) {
        for (int i = sentenceStart; i < quoteStart; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterColonOrComma(String text, int quoteStart) {
        int i = quoteStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
    }

    /** Every word of two letters or more capitalised, at most six words: the name of a show or a work. */
    private static boolean isTitleLike(String inner) {
        String[] ws = inner.replaceAll("[,.!?]+$", "").split("\\s+");
        if (ws.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String w : ws) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (w.length() > 3) {
                return false;
            }
        }
        return capitalised >= 1 && (ws.length > 1 || inner.length() > 1);
    }

    /** Three words or fewer: a fragment that short, with no source in the text, is a term, not a quote. */
    static boolean isShort(String text, QuoteScanner.Found q) {
        return words(inner(text, q)) <= SHORT_WORDS;
    }

    private static int words(String inner) {
        return inner.isBlank() ? 0 : inner.split("\\s+").length;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }
}
