package org.broadsheet.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Sentence;
import org.broadsheet.analysis.text.Token;
import org.broadsheet.model.Span;

/**
 * Finds the attribution of one quote inside its sentence: a speech cue with its subject, right after
 * the quote (",” he said", ",” said Mr. X", ",” according to ..."), before it in the same sentence
 * ("Trump said: “...”", "Ameri said the forces won’t allow even “one US soldier”"), or later in the
 * sentence ("“...”, who were ..., he said"). Utterances (a quote that ends in a comma or a full stop,
 * or opens its sentence) look right first; fragments look left first, since their cue governs them.
 */
final class AttributionFinder {
    private static final int AFTER_WINDOW = 14;
    private static final int IMMEDIATE_WINDOW = 3;
    private static final int PHRASE_WINDOW = 60;
    /** After “... .” only "X said" right away can attribute: a full stop ends the sentence. */
    private static final int FULL_STOP_WINDOW = 4;

    private static final Lexicon SUBORDINATORS = Lexicon.load("subordinators");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-");

    private final String text;
    private final List<QuoteScanner.Found> quotes;

    AttributionFinder(String text, List<QuoteScanner.Found> quotes) {
        this.text = text;
        this.quotes = quotes;
    }

    Attribution find(QuoteScanner.Found q, BlockText first, BlockText last, boolean utterance) {
        Attribution a = byline(q, last);
        if (a != null) {
            return a;
        }
        boolean fullStop = q.closed() && QuoteKinds.inner(text, q).endsWith(".");
        int window = fullStop ? FULL_STOP_WINDOW : AFTER_WINDOW;
        if (fullStop && !utterance) { // a fragment closing its sentence: “... rubble.” Russia said
            return left(q, first, false);
        }
        a = right(q, last, IMMEDIATE_WINDOW); // ,” she said: wins over any cue further away
        if (a != null) {
            return a;
        }
        if (utterance) {
            a = right(q, last, window);
            if (a == null) {
                a = left(q, first, true);
            }
        } else {
            a = left(q, first, false);
            if (a == null) {
                a = right(q, last, window);
            }
        }
        return a != null || fullStop ? a : right(q, last, 60);
    }

    /** A testimonial byline: “...” ― Name. */
    private Attribution byline(QuoteScanner.Found q, BlockText bt) {
        List<Token> tokens = bt.tokens();
        int from = bt.tokenAt(q.end());
        if (from + 1 >= tokens.size()
                || !DASHES.contains(tokens.get(from).text())
                || !tokens.get(from + 1).isCapitalized()) {
            return null;
        }
        int last = from + 1;
        while (last + 1 < tokens.size()
                && tokens.get(last + 1).isWord()
                && tokens.get(last + 1).isCapitalized()) {
            last++;
        }
        return attribution(tokens, new int[] {from + 1, last}, tokens.get(from));
    }

    /** A cue after the quote, before the sentence ends or another quote opens. */
    private Attribution right(QuoteScanner.Found q, BlockText bt, int window) {
        List<Token> tokens = bt.tokens();
        int from = bt.tokenAt(q.end());
        int limit = from; // the end of the clause after the quote
        while (limit < tokens.size()
                && limit - from < PHRASE_WINDOW
                && !insideQuote(tokens.get(limit))
                && !(limit > from && isTerminal(tokens.get(limit)))) {
            limit++;
        }
        int cueLimit = Math.min(limit, from + window);
        for (int k = from; k < cueLimit; k++) {
            Token t = tokens.get(k);
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (SpeechCues.isAccordingTo(t, next)) {
                return attribution(tokens, NounPhrases.after(tokens, k + 2, limit), t);
            }
            if (SpeechCues.isCueAt(tokens, k)
                    || SpeechCues.isPutIt(t, next)
                    || (window == IMMEDIATE_WINDOW && SpeechCues.isReadCue(t))) {
                if (window == FULL_STOP_WINDOW && clauseRunsOn(tokens, k, limit)) {
                    return null; // “... .” Smith praised the staff for ...: a new sentence
                }
                if (SpeechCues.isPassiveAt(tokens, k)) { // ,” it was later revealed: nobody's words
                    boolean by = k + 1 < limit && tokens.get(k + 1).is("by");
                    return by ? attribution(tokens, NounPhrases.after(tokens, k + 2, limit), t) : null;
                }
                int[] np = NounPhrases.before(tokens, k, from);
                if (np != null
                        && (window == IMMEDIATE_WINDOW
                                ? !onlyPunctuation(tokens, from, np[0])
                                : subordinate(tokens, from, np[0]))) {
                    return null; // “...” when he said: a subordinate clause, not an attribution
                }
                if (np == null && onlyPunctuation(tokens, from, k) && SpeechCues.invertible(t)) {
                    np = NounPhrases.after(tokens, k + 1, limit);
                }
                if (np == null && SpeechCues.isParticiple(t)) {
                    np = ClauseSubject.of(tokens, k, from);
                }
                return attribution(tokens, np, t);
            }
        }
        return null;
    }

    /**
     * The last cue before the quote in its sentence, with its subject (or inverted object). In
     * reported speech the outermost verb of saying names the source: "Trump said that Clinton once
     * described the deal as “the gold standard”" is Trump's, so an earlier say-verb with a subject wins.
     */
    private Attribution left(QuoteScanner.Found q, BlockText bt, boolean utterance) {
        List<Token> tokens = bt.tokens();
        Sentence s = bt.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        int sentenceFirst = bt.tokenAt(s.start());
        int quoteFirst = bt.tokenAt(q.start());
        Attribution nearest = null;
        for (int k = quoteFirst - 1; k >= sentenceFirst; k--) {
            Token t = tokens.get(k);
            if (insideQuote(t)) {
                continue;
            }
            Token next = tokens.get(k + 1);
            Attribution a = null;
            if (SpeechCues.isAccordingTo(t, next)) {
                a = attribution(tokens, NounPhrases.after(tokens, k + 2, quoteFirst), t);
            } else if (SpeechCues.isCueAt(tokens, k) || SpeechCues.isPutIt(t, next)) {
                a = attribution(tokens, subjectOf(tokens, k, sentenceFirst, quoteFirst), t);
            } else if (SpeechCues.isSpeechNoun(t) && k > sentenceFirst && next.is("that")) {
                a = attribution(tokens, NounPhrases.possessor(tokens, k - 1, sentenceFirst), t); // Smith’s claim that
            }
            if (a == null) {
                continue;
            }
            if (nearest == null) {
                nearest = reporterOf(tokens, a, sentenceFirst, quoteFirst);
                if (nearest != a) {
                    return nearest;
                }
                if (utterance || SpeechCues.isSayVerb(t)) {
                    return a;
                }
            } else if (SpeechCues.isSayVerb(t)) {
                return a;
            }
        }
        return nearest;
    }

    /**
     * The outer source when the cue's subject is a pronoun opening the clause another cue reports:
     * "The statement noted (that) they had said “...”" is the statement's. Otherwise {@code a} itself.
     */
    private Attribution reporterOf(List<Token> tokens, Attribution a, int sentenceFirst, int quoteFirst) {
        int p = indexOf(tokens, a.mention().start(), sentenceFirst, quoteFirst);
        if (p < 0
                || a.mention().end() != tokens.get(p).end()
                || !NounPhrases.PRONOUNS.contains(tokens.get(p).text().toLowerCase(Locale.ROOT))) {
            return a;
        }
        int c = p - 1;
        if (c > sentenceFirst && tokens.get(c).is("that")) {
            c--;
        }
        if (c <= sentenceFirst || !SpeechCues.isCueAt(tokens, c) || insideQuote(tokens.get(c))) {
            return a;
        }
        int[] np = subjectOf(tokens, c, sentenceFirst, quoteFirst);
        if (np == null || NounPhrases.PRONOUNS.contains(tokens.get(np[0]).text().toLowerCase(Locale.ROOT))) {
            return a;
        }
        Attribution outer = attribution(tokens, np, tokens.get(c));
        return outer.mention().start() < a.mention().start() ? outer : a;
    }

    private static int indexOf(List<Token> tokens, int start, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).start() == start) {
                return k;
            }
        }
        return -1;
    }

    private int[] subjectOf(List<Token> tokens, int k, int sentenceFirst, int quoteFirst) {
        Token t = tokens.get(k);
        int limit = sentenceFirst;
        for (int j = k - 1; j >= sentenceFirst; j--) {
            if (insideQuote(tokens.get(j))) {
                limit = j + 1;
                break;
            }
        }
        int[] np = null;
        if (k + 2 < quoteFirst && tokens.get(k + 1).is("by")) {
            np = NounPhrases.after(tokens, k + 2, quoteFirst); // passive: "described by the paper as"
            if (np != null) {
                return np;
            }
        }
        if (SpeechCues.isParticiple(t)) {
            if (k > limit && tokens.get(k - 1).isWord()) {
                np = NounPhrases.participleSubject(tokens, k, limit); // "footage of the senator asking"
            }
            if (np == null) {
                np = ClauseSubject.of(tokens, k, limit);
            }
        } else {
            np = NounPhrases.before(tokens, k, limit);
        }
        int p = k - 1;
        while (p >= limit && NounPhrases.isSkippable(tokens.get(p))) {
            p--;
        }
        boolean clauseStart = p < limit || !tokens.get(p).isWord();
        if (np == null && clauseStart && SpeechCues.invertible(t)) {
            np = NounPhrases.after(tokens, k + 1, quoteFirst); // said Mr. X: “...”
        }
        if (np == null
                && p >= limit
                && (tokens.get(p).is("and") || tokens.get(p).is("but"))) {
            np = ClauseSubject.of(tokens, k, limit); // X did this and said “...”
        }
        return np;
    }

    /** The subject of a sentence ending with a colon or opening a quote paragraph: "Moreno continued:". */
    Attribution ofLeadIn(BlockText bt) {
        List<Token> tokens = bt.tokens();
        for (int k = tokens.size() - 1; k >= 0 && tokens.size() - k < 30; k--) {
            Token t = tokens.get(k);
            if (SpeechCues.isCueAt(tokens, k) && !insideQuote(t)) {
                int[] np = NounPhrases.before(tokens, k, 0);
                if (np == null) {
                    np = NounPhrases.after(tokens, k + 1, tokens.size());
                }
                return np == null ? null : attribution(tokens, np, t);
            }
        }
        return null;
    }

    /**
     * For a fragment with no speech cue: the subject of its sentence, whose words a quoted fragment
     * usually is ("Trump openly admires Putin as a “strong leader”").
     */
    Attribution ofSentenceSubject(BlockText bt, QuoteScanner.Found q) {
        Sentence s = bt.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        int first = bt.tokenAt(s.start());
        int quoteFirst = bt.tokenAt(q.start());
        int[] np = ClauseSubject.of(bt.tokens(), quoteFirst, first);
        if (np == null || insideQuote(bt.tokens().get(np[0]))) {
            return null; // a name inside an earlier quote is nobody's subject
        }
        return attribution(bt.tokens(), np, bt.tokens().get(np[0]));
    }

    /** The subject opening the sentence before a quote: "X spoke on Monday. “...”". */
    Attribution ofPreviousSentence(BlockText bt, QuoteScanner.Found q) {
        Sentence current = bt.sentenceAt(q.start());
        int index = bt.sentences().indexOf(current);
        if (index <= 0 || current.start() != q.start()) {
            return null;
        }
        return ofSubjectOpening(bt.sentences().get(index - 1));
    }

    /** The subject opening the last sentence of the paragraph before a quote paragraph. */
    Attribution ofLastSentence(BlockText previous) {
        if (previous.sentences().isEmpty()) {
            return null;
        }
        Sentence last = previous.sentences().get(previous.sentences().size() - 1);
        for (Token t : last.tokens()) {
            if (insideQuote(t)) {
                return null;
            }
        }
        return ofSubjectOpening(last);
    }

    private Attribution ofSubjectOpening(Sentence previous) {
        List<Token> tokens = previous.tokens();
        int[] np = ClauseSubject.of(tokens, tokens.size(), 0);
        boolean opening = np != null && (np[0] <= 1 || tokens.get(np[0] - 1).is(",")); // "On Monday, X ..."
        return opening ? attribution(tokens, np, tokens.get(np[0])) : null;
    }

    private Attribution attribution(List<Token> tokens, int[] np, Token cue) {
        if (np == null) {
            return null;
        }
        int start = tokens.get(np[0]).start();
        int end = tokens.get(np[1]).end();
        return new Attribution(new Span(start, end, text.substring(start, end)), cue.start());
    }

    /** Quotes are sorted and disjoint: a binary search finds the one that could hold the token. */
    private boolean insideQuote(Token t) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteScanner.Found f = quotes.get(mid);
            if (t.start() < f.start()) {
                hi = mid - 1;
            } else if (t.start() >= f.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminal(Token t) {
        return t.is(".") || t.is("!") || t.is("?");
    }

    /** Do more than a few words follow the cue before its clause ends ("said on Monday." does not)? */
    private static boolean clauseRunsOn(List<Token> tokens, int cue, int limit) {
        int e = cue + 1;
        while (e < limit && !tokens.get(e).is(",")) {
            e++;
        }
        return e - cue > 4;
    }

    /**
     * Does the subject at {@code to} stand in a clause that a subordinating word opened after the quote:
     * “...,” when Smith asked; “...” to which she said? A comma after that word closes the clause:
     * “...” while jogging on the trail, police said.
     */
    private static boolean subordinate(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (tokens.get(k).is(",")) {
                return false;
            }
            if (SUBORDINATORS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }
}
