package org.broadsheet.analysis.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Token;

/**
 * The verbs that attribute speech or writing in English news ("said", "told", "added", "wrote",
 * "urged", "warned", ...), in every tense a report uses, plus "according to". An immutable table:
 * a quote's speaker is the subject (or, inverted, the object) of one of these.
 */
final class SpeechCues {
    private static final Lexicon STEMS = Lexicon.load("speech-verb-stems");
    private static final Lexicon IRREGULAR_FORMS = Lexicon.load("speech-verb-irregular-forms");
    private static final Lexicon NOT_CUES = Lexicon.load("speech-verb-forms-not-cues");
    private static final Set<String> FORMS = forms();
    private static final Lexicon SAY_VERBS = Lexicon.load("say-verbs");
    private static final Lexicon INVERTIBLE = Lexicon.load("invertible-speech-verbs");

    private static final Lexicon NOUN_MARKERS = Lexicon.load("noun-markers");
    /** Words that make a following "-s" form a plural noun ("her tweets", "of claims", "two reports"). */
    private static final Lexicon PLURAL_MARKERS = Lexicon.load("plural-markers");

    private static final Set<String> CONTRACTIONS = Set.of("that", "there", "what", "who", "here", "where");

    private static final Lexicon SPEECH_NOUNS = Lexicon.load("speech-nouns");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("told", "said", "written", "sung", "spoken");

    private SpeechCues() {}

    static boolean isCue(Token t) {
        return FORMS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A cue form standing as a verb: not a noun after a determiner ("those reports", "the call"), a
     * preposition ("a string of posts") or a possessive ("Trump’s claims"; "he’s claiming" is a verb).
     */
    static boolean isCueAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!isCue(t) || k == 0) {
            return isCue(t);
        }
        String prev = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
        String lower = t.text().toLowerCase(Locale.ROOT);
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss");
        if (NOUN_MARKERS.contains(prev) || (plural && PLURAL_MARKERS.contains(prev))) {
            return false;
        }
        boolean possessive = (prev.endsWith("’s") || prev.endsWith("'s"))
                && !NounPhrases.isContractedPronoun(prev)
                && !CONTRACTIONS.contains(prev.substring(0, prev.length() - 2));
        return !(possessive && !lower.endsWith("ing"));
    }

    /** Verbs that news puts before their subject: ",” said Mr. X". "told" is not one: its object follows. */
    static boolean invertible(Token t) {
        return INVERTIBLE.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** ",” the memo reads": "read" attributes only right after a quote (elsewhere it is reading). */
    static boolean isReadCue(Token t) {
        return t.is("reads") || t.is("read");
    }

    /** "as a memo put it": "put" attributes only with "it". */
    static boolean isPutIt(Token t, Token next) {
        return next != null && (t.is("put") || t.is("puts")) && next.is("it");
    }

    /** The plain verbs of saying: in reported speech the outermost of these names the source. */
    static boolean isSayVerb(Token t) {
        return SAY_VERBS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "were let out", "was told", "is also called": a cue in the passive. Its subject is who was
     * spoken to or about; the speaker, if named at all, follows "by".
     */
    static boolean isPassiveAt(List<Token> tokens, int k) {
        String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (!lower.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(lower)) {
            return false;
        }
        int p = k - 1;
        while (p >= 0
                && NounPhrases.isSkippable(tokens.get(p))
                && !BE.contains(tokens.get(p).text().toLowerCase(Locale.ROOT))) {
            p--;
        }
        return p >= 0 && BE.contains(tokens.get(p).text().toLowerCase(Locale.ROOT));
    }

    /** "saying", "arguing": the speaker is the subject of the clause the participle hangs on. */
    static boolean isParticiple(Token t) {
        return t.text().endsWith("ing") && isCue(t);
    }

    /** "claim" in "Smith’s claim that ...": a noun of saying whose possessor is the source. */
    static boolean isSpeechNoun(Token t) {
        return SPEECH_NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** "according" when followed by "to": the source follows the cue. */
    static boolean isAccordingTo(Token t, Token next) {
        return next != null && t.text().equalsIgnoreCase("according") && next.is("to");
    }

    private static Set<String> forms() {
        Set<String> out = new HashSet<>();
        for (String stem : STEMS.entries()) {
            out.add(stem);
            out.add(
                    stem.endsWith("y") && !stem.endsWith("ay")
                            ? stem.substring(0, stem.length() - 1) + "ies"
                            : stem + "s");
            String base = stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
            out.add(base + "ing");
            out.add(base + "ed");
            if (stem.endsWith("y") && !stem.endsWith("ay")) {
                out.add(stem.substring(0, stem.length() - 1) + "ied");
            }
        }
        out.addAll(IRREGULAR_FORMS.entries());
        out.removeAll(NOT_CUES.entries());
        out.add("demanded");
        return Set.copyOf(out);
    }
}
