package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Towns' names that an article uses in a person's (or a pet's) role more often than it places them: after a
 * family or pet word ("his wife Lorraine", "her daughter, Savannah", "their dog, Memphis"), before a family word
 * ("Hammond's mother", "Hammond and his sister"), after a verb done to people ("stabbed Hammond"), before a verb of
 * a person's life ("Madison died in 1836"), before "administration" ("the Madison administration") or before "who"
 * ("Hammond, who founded the church"). Countries, regions and states stay places whatever the words around them;
 * a town the article places as often as it casts it as a person stays a place.
 */
final class PersonRoles {
    /** Verbs whose object is a person, not a town: "stabbed Hammond", "married Lynn". */
    private static final Lexicon DONE_TO_PERSON = Lexicon.load("done-to-person");
    /** Family and pet words: "his wife Lorraine", "Hammond's mother", "a yellow lab, Memphis". */
    private static final Lexicon KIN = Lexicon.load("kin-words");
    /** What people do and towns do not, right after a name: "Hammond died", "Hammond was born". */
    private static final Lexicon LIFE = Lexicon.load("life-verbs");

    private final Gazetteer gazetteer;
    private final PlaceCues cues;

    PersonRoles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = new PlaceCues(gazetteer);
    }

    /** Adds to {@code words} the keys of the names the article uses as people's (see the class comment). */
    void addNames(String body, List<Token> tokens, Set<String> words) {
        Set<String> cued = new HashSet<>();
        Map<String, List<Integer>> mentions = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).capitalised()) {
                continue;
            }
            String word = NotPlaceRules.word(body, tokens.get(k));
            mentions.computeIfAbsent(word, w -> new ArrayList<>()).add(k);
            if (inPersonRole(body, tokens, k)) {
                cued.add(word);
            }
        }
        for (String key : cued) {
            int[] entries = gazetteer.lookup(key);
            if (words.contains(key) || entries.length == 0 || !townsOnly(entries)) {
                continue;
            }
            int roles = 0;
            int placed = 0;
            for (int k : mentions.get(key)) {
                Token t = tokens.get(k);
                roles += inPersonRole(body, tokens, k) ? 1 : 0;
                placed += cues.placed(body, tokens, new Candidate(k, k, t.start(), t.end(), key, entries)) ? 1 : 0;
            }
            if (roles > placed) {
                words.add(key);
            }
        }
    }

    private static boolean inPersonRole(String text, List<Token> tokens, int k) {
        Token name = tokens.get(k);
        if (!name.capitalised() || name.allCaps() || name.headline()) {
            return false;
        }
        if (k > 0 && !name.sentenceStart()) {
            Token prev = tokens.get(k - 1);
            String before = prev.text(text);
            String gap = text.substring(prev.end(), name.start());
            if (!prev.capitalised()
                    && !prev.possessive()
                    && (gap.equals(" ") && DONE_TO_PERSON.contains(before)
                            || (gap.equals(" ") || gap.equals(", ")) && KIN.contains(before))) {
                return true;
            }
            if (PlaceCues.LOCATIVES.contains(before)) {
                return false;
            }
        }
        if (name.possessive()) {
            return k + 1 < tokens.size()
                    && KIN.contains(tokens.get(k + 1).text(text))
                    && tokens.get(k + 1).start() == name.end() + 3;
        }
        // "Hammond lived in a cabin", but not "Springfield lived up to its name".
        boolean lifeVerb = k + 1 < tokens.size()
                && tokens.get(k + 1).start() == name.end() + 1
                && text.charAt(name.end()) == ' '
                && LIFE.contains(tokens.get(k + 1).text(text))
                && !text.startsWith(" up ", tokens.get(k + 1).end());
        return lifeVerb
                || text.startsWith(" was born", name.end())
                || text.startsWith(" administration", name.end())
                || text.startsWith(", who ", name.end())
                || text.startsWith(" and his ", name.end())
                || text.startsWith(" and her ", name.end());
    }

    /** No country, region or state bears the name. */
    private boolean townsOnly(int[] entries) {
        for (int i : entries) {
            GazetteerEntry e = gazetteer.entry(i);
            if (e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION || e.id().startsWith("admin1:")) {
                return false;
            }
        }
        return true;
    }
}
