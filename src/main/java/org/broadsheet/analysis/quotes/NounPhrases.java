package org.broadsheet.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.people.RoleNouns;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Token;

/**
 * Finds the noun phrase that is the subject of a speech cue: backwards from the cue ("Mr. Okafor
 * said", "the Iraqi commander further urged", "Hadi al-Ameri, who heads ..., said") or forwards for
 * inverted attributions ("said Maria Lund, who ...", "according to the report"). Returns token index
 * ranges; callers turn them into spans.
 */
final class NounPhrases {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "who");
    static final Lexicon DETERMINERS = Lexicon.load("determiners");
    private static final Lexicon SKIPPABLE = Lexicon.load("skippable-adverbs");
    private static final Lexicon NAME_PARTICLES = Lexicon.load("name-particles");
    private static final Lexicon STOPS_FORWARD = Lexicon.load("phrase-stops");

    static final Lexicon CALENDAR = Lexicon.load("calendar-words");
    static final Lexicon PREPOSITIONS = Lexicon.load("prepositions");

    /** Nouns that "of" joins to the phrase they count: "a number of voters", "a group of nurses". */
    private static final Lexicon QUANTITY_NOUNS = Lexicon.load("quantity-nouns");
    /** In {@link #PREPOSITIONS} but no preposition before a subject: articles, and words that open clauses. */
    private static final Set<String> NOT_GOVERNING = Set.of("the", "a", "an", "as", "after", "before");

    private static final Lexicon NOT_PLURAL = Lexicon.load("not-plural");
    private static final Lexicon NOT_HEADS = Lexicon.load("not-heads");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    private NounPhrases() {}

    /** [first, last] token indexes of the subject ending just before {@code cue}, or null. */
    static int[] before(List<Token> tokens, int cue, int limit) {
        int k = cue - 1;
        while (k >= limit && isSkippable(tokens.get(k))) {
            k--;
        }
        if (k >= limit && tokens.get(k).is(")")) {
            int open = k;
            while (open > limit && !tokens.get(open).is("(")) {
                open--;
            }
            int[] inner = before(tokens, open, limit); // "Rep. Jane Doe (R-Fla.) said"
            return inner == null ? null : new int[] {inner[0], k};
        }
        if (k >= limit && tokens.get(k).is(",")) { // appositive: "X, who heads ..., said"
            int open = k - 1;
            while (open > limit && k - open < 30 && !tokens.get(open).is(",")) {
                open--;
            }
            if (open > limit && tokens.get(open).is(",")) {
                if (isNameRun(tokens, open + 1, k)) {
                    int[] outer = before(tokens, open, limit);
                    if (outer == null || !tokens.get(outer[1]).isCapitalized()) {
                        return new int[] {open + 1, k - 1}; // "the store's owner, Ameer Karass, said"
                    }
                }
                int[] inner =
                        before(tokens, open, limit); // the comma stands where the cue was: "X (R-Ohio), ..., said"
                if (inner != null
                        && inner[0] - 1 > limit
                        && tokens.get(inner[0] - 1).is(",")
                        && !tokens.get(inner[0]).isCapitalized()) {
                    int[] name = before(tokens, inner[0] - 1, limit); // "X, president of Y, which ..., said": X
                    if (name != null
                            && tokens.get(name[0]).isCapitalized()
                            && !isSentenceWord(tokens.get(name[0]))
                            && !CALENDAR.contains(tokens.get(name[1]).bare())) {
                        return name;
                    }
                }
                return inner;
            }
            return null;
        }
        return endingAt(tokens, k, limit);
    }

    /** The name right before a participle, even after a preposition: "footage of the senator asking". */
    static int[] participleSubject(List<Token> tokens, int cue, int limit) {
        return endingAt(tokens, cue - 1, limit, true);
    }

    private static int[] endingAt(List<Token> tokens, int k, int limit) {
        return endingAt(tokens, k, limit, false);
    }

    private static int[] endingAt(List<Token> tokens, int k, int limit, boolean governedOk) {
        if (k < limit || !tokens.get(k).isWord()) {
            return null;
        }
        Token t = tokens.get(k);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lower.equals("who")) { // the antecedent: "X, who ..." or "a woman who"
            return k > limit && tokens.get(k - 1).is(",")
                    ? endingAt(tokens, k - 2, limit)
                    : endingAt(tokens, k - 1, limit);
        }
        if (PRONOUNS.contains(lower) || isContractedPronoun(lower)) {
            return new int[] {k, k};
        }
        if (t.isCapitalized() || isParticleName(t.text())) {
            if (CALENDAR.contains(t.bare())) {
                return null;
            }
            int first = k;
            while (first - 1 >= limit && isNameToken(tokens, first - 1)) {
                first--;
            }
            while (first < k && isSentenceWord(tokens.get(first))) {
                first++;
            }
            if (isSentenceWord(tokens.get(first))) {
                return null;
            }
            while (first < k && NAME_PARTICLES.contains(tokens.get(first).text())) {
                first++; // "of union claims": not a name
            }
            int det = determinerBefore(tokens, first, limit); // "the New York businessman" ends lower-case
            return governedOk
                    ? new int[] {det >= 0 ? det : first, k}
                    : ungoverned(tokens, det >= 0 ? det : first, k, limit);
        }
        if (lower.endsWith("ing")
                || lower.endsWith("ed")
                || PREPOSITIONS.contains(lower)
                || SKIPPABLE.contains(lower)
                || NOT_HEADS.contains(lower)) {
            return null; // a verb or a function word, not a noun's head
        }
        int det = determinerBefore(tokens, k, limit);
        if (det >= 0) {
            return ungoverned(tokens, det, k, limit);
        }
        if (RoleNouns.isRoleNoun(lower) || (lower.endsWith("s") && lower.length() > 3 && isPluralNounLike(lower))) {
            return ungoverned(tokens, k, k, limit); // "sources said", "officials said"
        }
        return null;
    }

    /**
     * The phrase [first, last] as a subject. Governed by a preposition it is no subject ("gathered
     * outside the hall chanted"), unless the preposition attaches it to a noun that is: "officials at
     * the agency said", "the chair of the party said", "a narrator in the ad asks".
     */
    private static int[] ungoverned(List<Token> tokens, int first, int last, int limit) {
        if (first <= limit) {
            return new int[] {first, last};
        }
        String before = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        if (!PREPOSITIONS.contains(before) || NOT_GOVERNING.contains(before)) {
            return new int[] {first, last};
        }
        if (first - 2 < limit) {
            return null;
        }
        int[] head = endingAt(tokens, first - 2, limit);
        return head == null ? null : new int[] {head[0], last};
    }

    /**
     * The possessor ending at {@code k}: "Jane Smith’s" (the name with its possessive) or "his"/"her";
     * null for anything else ("the party’s", "its").
     */
    static int[] possessor(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lower.equals("his") || lower.equals("her")) {
            return new int[] {k, k};
        }
        if (!t.isCapitalized()
                || isContractedPronoun(lower)
                || !(lower.endsWith("’s") || lower.endsWith("'s"))
                || isSentenceWord(t)) {
            return null;
        }
        int first = k;
        while (first - 1 >= limit
                && isNameToken(tokens, first - 1)
                && tokens.get(first - 1).isCapitalized()
                && !isSentenceWord(tokens.get(first - 1))) {
            first--;
        }
        return new int[] {first, k};
    }

    /** Two to four capitalised words (initials and particles allowed) filling [from, to). */
    private static boolean isNameRun(List<Token> tokens, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()
                    || !(t.isCapitalized() || NAME_PARTICLES.contains(t.text()) || isParticleName(t.text()))
                    || isSentenceWord(t)) {
                return false;
            }
        }
        return true;
    }

    /** "al-Ameri", "el-Sisi": a surname with a lower-case particle. */
    static boolean isParticleName(String w) {
        int dash = w.indexOf('-');
        return dash > 0
                && dash <= 3
                && dash + 1 < w.length()
                && Character.isUpperCase(w.charAt(dash + 1))
                && NAME_PARTICLES.contains(w.substring(0, dash));
    }

    /** "She’s claiming": the token is a pronoun with a contracted auxiliary. */
    static boolean isContractedPronoun(String lower) {
        int apo = Math.max(lower.indexOf('’'), lower.indexOf('\''));
        return apo > 0 && PRONOUNS.contains(lower.substring(0, apo));
    }

    /** Index of a determiner opening the phrase that ends at {@code k}, within four words, or -1. */
    private static int determinerBefore(List<Token> tokens, int k, int limit) {
        for (int d = k; d >= limit && k - d <= 5; d--) {
            Token t = tokens.get(d);
            if (!t.isWord() && !t.is("-")) {
                return -1;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lower) || lower.endsWith("’s") || lower.endsWith("'s")) {
                return d;
            }
            if (d < k
                    && (SKIPPABLE.contains(lower)
                            || STOPS_FORWARD.contains(lower)
                            || (PREPOSITIONS.contains(lower)
                                    && !(lower.equals("of")
                                            && d > limit
                                            && (tokens.get(d - 1).isCapitalized()
                                                    || QUANTITY_NOUNS.contains(
                                                            tokens.get(d - 1).text())))))) {
                return -1;
            }
        }
        return -1;
    }

    /** [first, last] token indexes of the phrase starting at {@code from}, before {@code limit}, or null. */
    static int[] after(List<Token> tokens, int from, int limit) {
        int k = from;
        while (k < limit && (tokens.get(k).is(",") || isSkippable(tokens.get(k)))) {
            k++;
        }
        if (k >= limit || !tokens.get(k).isWord()) {
            return null;
        }
        String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return new int[] {k, k};
        }
        if (!tokens.get(k).isCapitalized() && !DETERMINERS.contains(lower)) {
            for (int n = k + 1; n < limit && n <= k + 4; n++) { // "said flood survivor Ann Pike"
                Token t = tokens.get(n);
                if (t.isWord() && t.isCapitalized()) {
                    k = n;
                    break;
                }
                if (!t.isWord() && !t.is("/") && !t.is("-")) {
                    break;
                }
            }
        }
        int last = k;
        while (last + 1 < limit
                && tokens.get(last + 1).isWord()
                && !STOPS_FORWARD.contains(tokens.get(last + 1).text())
                && last - k < 7
                && !SpeechCues.isCue(tokens.get(last + 1))) {
            last++;
        }
        if (tokens.get(k).isCapitalized() || DETERMINERS.contains(lower) || RoleNouns.isRoleNoun(lower)) {
            return new int[] {k, last};
        }
        return null;
    }

    /** A word that can stand inside a subject noun phrase before its verb ("the Iraqi commander"). */
    static boolean isNounish(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return t.isCapitalized()
                || DETERMINERS.contains(lower)
                || RoleNouns.isRoleNoun(lower)
                || NAME_PARTICLES.contains(lower);
    }

    static boolean isSkippable(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return SKIPPABLE.contains(lower) || (lower.endsWith("ly") && lower.length() > 4 && !t.isCapitalized());
    }

    static boolean isNameToken(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalized()) {
            return !t.text().endsWith("’s") && !t.text().endsWith("'s") || i == 0;
        }
        return NAME_PARTICLES.contains(t.text()) || RoleNouns.isRoleNoun(t.text()) || isParticleName(t.text());
    }

    /** Capitalised only because it opens a sentence or clause ("But", "In", "Asked"). */
    static boolean isSentenceWord(Token t) {
        return SENTENCE_WORDS.contains(t.text());
    }

    private static final Lexicon SENTENCE_WORDS = Lexicon.load("sentence-openers");

    private static boolean isPluralNounLike(String lower) {
        return !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !NOT_PLURAL.contains(lower);
    }
}
