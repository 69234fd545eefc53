package org.broadsheet.analysis.quotes;

import java.util.List;
import java.util.Locale;
import org.broadsheet.analysis.people.RoleNouns;
import org.broadsheet.analysis.text.Sentence;
import org.broadsheet.analysis.text.Token;
import org.broadsheet.model.Span;

/**
 * Notes the sentence subjects that refer to a person by role ("The Iraqi commander further urged
 * ..."), so that a later "he" can refer to that person rather than to whoever was named last.
 */
final class DescriptionMentions {
    private static final int MAX_WORDS = 5;

    private DescriptionMentions() {}

    static void note(List<BlockText> blocks, SpeakerResolver resolver) {
        for (BlockText b : blocks) {
            for (Sentence s : b.sentences()) {
                Span d = subjectDescription(s.tokens());
                if (d != null) {
                    resolver.noteDescription(d);
                }
            }
        }
    }

    /** "The [adjectives] role-noun" opening a sentence and followed by a lower-case word. */
    private static Span subjectDescription(List<Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).text().equals("The")) {
            return null;
        }
        for (int k = 1; k < Math.min(tokens.size() - 1, MAX_WORDS); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return null;
            }
            if (RoleNouns.isRoleNoun(t.text().toLowerCase(Locale.ROOT)) && !t.isCapitalized()) {
                Token next = tokens.get(k + 1);
                if (next.isWord() && Character.isLowerCase(next.text().charAt(0))) {
                    return new Span(tokens.get(0).start(), t.end(), words(tokens, k));
                }
                return null;
            }
        }
        return null;
    }

    private static String words(List<Token> tokens, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= last; k++) {
            b.append(k == 0 ? "" : " ").append(tokens.get(k).text());
        }
        return b.toString();
    }
}
