package org.broadsheet.analysis.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Guesses the tense around a time expression from the nearest verb-like cue in its sentence: first the
 * words before it (nearest first), then the words after it. News mostly reports the past, so callers
 * treat {@link Tense#UNKNOWN} as past where they must choose. Stateless.
 */
final class TenseCues {
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_AFTER = 4;
    /** A past verb this close before the expression is the one it hangs on: "took office in January". */
    private static final int GOVERNING_WORDS = 3;
    /**
     * Right before the expression, these make it the target of the past verb, which may lie ahead: "moved to
     * March", "closed through June 1".
     */
    private static final Lexicon TARGET = Lexicon.load("target-before");
    /** Right before a bare date, these may report what the date will bring: "officials said Dec. 5 would be the deadline". */
    private static final Set<String> REPORTING = Set.of("said", "told");

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    private static final Lexicon FUTURE = Lexicon.load("future-cues");
    /** Before a participle these make it no past tense: "must be returned by Jan. 14", "will be held", "is made". */
    private static final Set<String> PARTICIPLE_BEFORE = Set.of("be", "been", "being", "is", "are", "am");
    /** Before an -ed word these make it an adjective, no verb: "the proposed tax", "a delayed vote". */
    private static final Lexicon DETERMINERS = Lexicon.load("determiners");
    /** Before "planned" these make it name the plan's date, which lies ahead: "was planned for late May". */
    private static final Set<String> PLAN_PASSIVE = Set.of("is", "are", "was", "were", "be", "been");
    /**
     * "until" and "till" point ahead ("stays open until Sunday", "delayed until Friday") except when they
     * open the sentence: there the clause that follows tells the tense ("Until Monday, the police had not
     * named a suspect"), and they only point ahead when it tells nothing.
     */
    private static final Set<String> UNTIL = Set.of("until", "till");
    /** Words that make a following "to" point ahead: "is to", "planned to retire". */
    private static final Lexicon TO_FUTURE = Lexicon.load("to-future");

    private static final Lexicon PAST = Lexicon.load("past-cues");
    private static final Lexicon NOT_PAST = Lexicon.load("not-past");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?;\\n]");
    /** After the expression, a coordinated clause ("..., and the curfew will begin") has its own tense. */
    private static final Pattern CLAUSE_STOP =
            Pattern.compile("[.!?;\\n]|,\\s+(?:and|but|while|whereas|although|though)\\b");

    private TenseCues() {}

    static Tense around(String text, int start, int end) {
        int from = Math.max(0, start - 90);
        String before = text.substring(from, start);
        Matcher stop = SENTENCE_STOP.matcher(before);
        int cut = 0;
        while (stop.find()) {
            cut = stop.end();
        }
        String[] words = words(before.substring(cut));
        boolean weakFuture = false;
        for (int i = words.length - 1, n = 0; i >= 0 && n < WORDS_BEFORE; i--, n++) {
            if (i == 0 && (cut > 0 || from == 0) && UNTIL.contains(words[i])) {
                weakFuture = true;
                continue;
            }
            Tense t = cue(words[i], previous(words, i));
            if (t != Tense.UNKNOWN) {
                boolean governs = n < GOVERNING_WORDS
                        && !TARGET.contains(words[words.length - 1])
                        && !(n == 0 && REPORTING.contains(words[i]));
                return t == Tense.PAST && !governs ? Tense.LIKELY_PAST : t;
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 60));
        Matcher afterStop = CLAUSE_STOP.matcher(after);
        if (afterStop.find()) {
            after = after.substring(0, afterStop.start());
        }
        String[] next = words(after);
        for (int i = 0; i < next.length && i < WORDS_AFTER; i++) {
            Tense t = cue(next[i], previous(next, i));
            if (t != Tense.UNKNOWN) {
                return t == Tense.PAST ? Tense.LIKELY_PAST : t;
            }
        }
        return weakFuture ? Tense.FUTURE : Tense.UNKNOWN;
    }

    /** The word before words[i], passing over an adverb: "is set to be sentenced" gives "be". */
    private static String previous(String[] words, int i) {
        int j = i - 1;
        if (j > 0 && words[j].length() > 3 && words[j].endsWith("ly") && !words[j].equals("early")) {
            j--;
        }
        return j >= 0 ? words[j] : "";
    }

    private static String[] words(String s) {
        Matcher m = WORD.matcher(s);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    private static Tense cue(String word, String previous) {
        if (FUTURE.contains(word) || word.endsWith("'ll")) {
            return Tense.FUTURE;
        }
        if (word.equals("as") && (previous.equals("early") || previous.equals("soon"))) {
            return Tense.FUTURE;
        }
        if (word.equals("to") && TO_FUTURE.contains(previous)) {
            return Tense.FUTURE;
        }
        if (word.equals("planned") && PLAN_PASSIVE.contains(previous)) {
            return Tense.FUTURE; // "the vote was planned for late May"
        }
        if (PARTICIPLE_BEFORE.contains(previous)) {
            return Tense.UNKNOWN; // "will be held", "is planned", "has been delayed": the auxiliary tells the tense
        }
        if (PAST.contains(word) || word.endsWith("'d")) {
            return Tense.PAST;
        }
        if (word.equals("says") || word.equals("say")) {
            return Tense.LIKELY_PAST; // news reports in the present what was said; what follows may lie ahead
        }
        if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word) && !DETERMINERS.contains(previous)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
