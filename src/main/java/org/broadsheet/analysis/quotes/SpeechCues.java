package org.broadsheet.analysis.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Token;

/**
 * The verbs that attribute speech or writing in English news ("said", "told", "added", "wrote",
 * "urged", "warned", ...), in every tense a report uses, plus "according to". An immutable table:
 * a quote's speaker is the subject (or, inverted, the object) of one of these.
 */
final class SpeechCues {
    private static final Set<String> STEMS = Set.of(
            "say",
            "tell",
            "add",
            "write",
            "state",
            "ask",
            "explain",
            "note",
            "argue",
            "claim",
            "insist",
            "declare",
            "announce",
            "warn",
            "urge",
            "reply",
            "respond",
            "continue",
            "recall",
            "tweet",
            "post",
            "report",
            "acknowledge",
            "admit",
            "suggest",
            "predict",
            "promise",
            "vow",
            "call",
            "describe",
            "dub",
            "label",
            "brand",
            "accuse",
            "blast",
            "slam",
            "criticize",
            "praise",
            "joke",
            "quip",
            "shout",
            "yell",
            "chant",
            "sing",
            "observe",
            "conclude",
            "concede",
            "boast",
            "complain",
            "lament",
            "muse",
            "testify",
            "counter",
            "remark",
            "emphasize",
            "stress",
            "opine",
            "wonder",
            "caution",
            "charge",
            "allege",
            "contend",
            "maintain",
            "assert",
            "affirm",
            "confirm",
            "deny",
            "thunder",
            "snap",
            "recount",
            "text",
            "email",
            "retort",
            "proclaim",
            "pledge",
            "agree",
            "interject",
            "elaborate",
            "scoff",
            "sneer",
            "cry",
            "exclaim",
            "whisper",
            "mutter",
            "tout",
            "plead",
            "reiterate",
            "concur",
            "point",
            "condemn",
            "blame",
            "mock",
            "encourage",
            "reveal",
            "disclose",
            "comment",
            "laud");
    private static final Set<String> FORMS = forms();
    private static final Set<String> SAY_VERBS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "wrote",
            "writes",
            "saying",
            "telling",
            "writing",
            "added",
            "adds",
            "adding",
            "argued",
            "argues",
            "arguing",
            "claimed",
            "claims",
            "claiming",
            "insisted",
            "insists",
            "stated",
            "noted",
            "tweeted",
            "reported",
            "reports");
    private static final Set<String> INVERTIBLE = Set.of(
            "said",
            "says",
            "added",
            "adds",
            "wrote",
            "writes",
            "asked",
            "asks",
            "continued",
            "continues",
            "explained",
            "noted",
            "recalled",
            "replied",
            "responded",
            "tweeted",
            "declared",
            "insisted",
            "warned",
            "argued",
            "recounted",
            "joked",
            "quipped",
            "remarked",
            "observed",
            "countered",
            "concluded",
            "cautioned",
            "acknowledged",
            "admitted",
            "conceded",
            "stated",
            "reported",
            "reports",
            "shouted");

    private static final Set<String> NOUN_MARKERS = Set.of(
            "the", "a", "an", "his", "their", "its", "our", "my", "your", "these", "those", "this", "whose", "such",
            "any", "no");
    /** Words that make a following "-s" form a plural noun ("her tweets", "of claims", "two reports"). */
    private static final Set<String> PLURAL_MARKERS = Set.of(
            "her",
            "of",
            "some",
            "many",
            "several",
            "two",
            "three",
            "more",
            "other",
            "recent",
            "earlier",
            "previous",
            "in",
            "on",
            "with");

    private static final Set<String> CONTRACTIONS = Set.of("that", "there", "what", "who", "here", "where");

    private static final Set<String> SPEECH_NOUNS = Set.of(
            "claim",
            "claims",
            "assertion",
            "assertions",
            "remark",
            "remarks",
            "comment",
            "comments",
            "statement",
            "statements",
            "words",
            "description",
            "characterization",
            "promise",
            "pledge",
            "vow",
            "warning",
            "insistence",
            "accusation",
            "allegation",
            "argument",
            "suggestion",
            "contention",
            "declaration",
            "boast",
            "prediction",
            "tweet",
            "tweets",
            "quip",
            "retort",
            "admission");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("told", "said", "written", "sung", "spoken");

    private SpeechCues() {}

    static boolean isCue(Token t) {
        return FORMS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A cue form standing as a verb: not a noun after a determiner ("those reports", "the call"), a
     * preposition ("a series of tweets") or a possessive ("Trump’s claims"; "he’s claiming" is a verb).
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

    /** ",” the letter reads": "read" attributes only right after a quote (elsewhere it is reading). */
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
     * "are revealed", "was told", "is also called": a cue in the passive. Its subject is who was
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
        for (String stem : STEMS) {
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
        out.addAll(Set.of(
                "said",
                "told",
                "wrote",
                "written",
                "sang",
                "sung",
                "spoke",
                "spoken",
                "ruled",
                "tweeted",
                "blasted",
                "slammed",
                "dubbed",
                "labelled",
                "labeled",
                "labeling",
                "labelling",
                "snapped",
                "snapping",
                "texted",
                "emailed",
                "pleaded",
                "pled",
                "chanted",
                "shouted",
                "admitted",
                "admitting",
                "cried",
                "reiterated",
                "quipped",
                "quipping",
                "stressed",
                "stressing",
                "denied",
                "replied",
                "retorted",
                "tweeting",
                "dubbing",
                "dubs",
                "saying",
                "says",
                "tells",
                "telling"));
        // Forms that are mostly nouns or other verbs in news prose ("the rate", "a point", "states").
        out.removeAll(Set.of(
                "reed",
                "puts",
                "puted",
                "puting",
                "rate",
                "rates",
                "rating",
                "rule",
                "rules",
                "ruling",
                "point",
                "points",
                "read",
                "reads",
                "reading",
                "put",
                "putting",
                "speak",
                "speaks",
                "speaking",
                "spoke",
                "spoken",
                "post",
                "posts",
                "posting",
                "text",
                "texts",
                "texting",
                "counter",
                "counters",
                "countering",
                "charge",
                "charges",
                "charging",
                "state",
                "states",
                "stating",
                "maintain",
                "maintains",
                "maintaining",
                "report",
                "reporting",
                "note",
                "claim",
                "continue",
                "answer",
                "remark",
                "remarks",
                "stress",
                "testing",
                "posted",
                "ruled",
                "rated",
                "pointed",
                "pointing",
                "charged",
                "maintained",
                "comment",
                "comments"));
        out.add("demanded");
        return Set.copyOf(out);
    }
}
