package org.broadsheet.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.people.RoleNouns;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Token;

/**
 * Finds the subject of a clause when the cue does not stand right after it: participles ("...,
 * arguing"), coordinated verbs ("X did this and said"), fragments without a cue, and the sentence
 * before a quote. The subject is the leftmost name, pronoun or role description ("the team captain")
 * that is followed by a verb or an appositive and not governed by a preposition.
 */
final class ClauseSubject {
    /** Determiners that count: "several groups granted ...", "many economists warned ...". */
    private static final Set<String> QUANTIFIERS =
            Set.of("several", "many", "some", "two", "three", "both", "all", "most", "few");

    /** Lower-case words after a name that show it is no subject: "telling Smith that ...", "Smith and Jones". */
    private static final Lexicon NOT_VERBS = Lexicon.load("not-verbs");

    private static final Set<String> TIME_UNITS =
            Set.of("times", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries");

    private ClauseSubject() {}

    /**
     * The subject of the clause a participle or a coordinated verb belongs to ("the governor spoke
     * out Tuesday ..., arguing", "Smith attacked Jones ..., saying"): the leftmost name or pronoun in
     * the sentence that is followed by a verb or an appositive and not governed by a preposition.
     */
    static int[] of(List<Token> tokens, int cue, int limit) {
        for (int j = limit; j < cue; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            int[] described = describedSubject(tokens, j, cue, limit);
            if (described != null) {
                return described;
            }
            boolean pronoun = NounPhrases.SUBJECT_PRONOUNS.contains(lower)
                    || lower.equals("it")
                    || NounPhrases.isContractedPronoun(lower);
            boolean dateline = t.text().length() >= 5 && t.text().chars().noneMatch(Character::isLowerCase);
            boolean adverb =
                    lower.endsWith("ly") && j + 1 < cue && tokens.get(j + 1).is(","); // "Conversely, ..."
            boolean name = t.isCapitalized()
                    && !dateline
                    && !adverb
                    && !NounPhrases.CALENDAR.contains(t.bare())
                    && !NounPhrases.isSentenceWord(t)
                    && !t.text().endsWith("’s")
                    && !t.text().endsWith("'s");
            if (!pronoun && !name) {
                continue;
            }
            int last = j;
            while (name
                    && last + 1 < cue
                    && NounPhrases.isNameToken(tokens, last + 1)
                    && tokens.get(last + 1).isCapitalized()) {
                last++;
            }
            boolean governed = j > limit
                    && NounPhrases.PREPOSITIONS.contains(
                            tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
            boolean verbOrAppositive = next != null
                    && (next.is(",")
                            || next.is("(")
                            || (next.isWord()
                                    && Character.isLowerCase(next.text().charAt(0))
                                    && !NounPhrases.PREPOSITIONS.contains(next.text())
                                    && !NOT_VERBS.contains(next.text())));
            if (!governed && verbOrAppositive && (pronoun || t.isCapitalized())) {
                return new int[] {j, last};
            }
            j = last;
        }
        return null;
    }

    /**
     * "the team captain called ...": a determiner, up to three words, a role noun, then a verb; or, after
     * a quantifier, a plural noun ("several farm groups granted ...").
     */
    private static int[] describedSubject(List<Token> tokens, int j, int cue, int limit) {
        String det = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (!NounPhrases.DETERMINERS.contains(det)
                || (j > limit
                        && NounPhrases.PREPOSITIONS.contains(tokens.get(j - 1).text()))) {
            return null;
        }
        for (int h = j + 1; h < cue && h <= j + 4 && tokens.get(h).isWord(); h++) {
            String head = tokens.get(h).text().toLowerCase(Locale.ROOT);
            Token after = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
            boolean plural = QUANTIFIERS.contains(det)
                    && head.endsWith("s")
                    && !head.endsWith("ss")
                    && head.length() > 3
                    && !TIME_UNITS.contains(head)
                    && after != null
                    && after.isWord(); // "several times," is no subject
            boolean roles = head.endsWith("s")
                    && !head.endsWith("ss")
                    && head.length() > 4
                    && RoleNouns.isRoleNoun(head.substring(0, head.length() - 1)); // "aides", not "press"
            if ((RoleNouns.isRoleNoun(head) || roles || plural)
                    && !tokens.get(h).isCapitalized()) {
                Token next = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
                boolean verb = next != null
                        && (next.is(",")
                                || (next.isWord()
                                        && Character.isLowerCase(next.text().charAt(0))
                                        && !NounPhrases.PREPOSITIONS.contains(next.text())
                                        && !next.is("and")
                                        && !next.is("who")));
                return verb ? new int[] {j, h} : null;
            }
        }
        return null;
    }
}
