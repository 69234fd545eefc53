package org.broadsheet.analysis.places;

import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Town names that are here part of a street's name, beyond the plain "Dover Road" that {@link NotPlaceRules}
 * handles: a longer street name ("Fairview Hollow Road", "Oakland Mill Lane"), and a street named without its
 * street word after "block of" ("the 200 block of Broadway").
 */
final class StreetNames {
    /** Street words that end a longer name; "Court" is left out, as "Superior Court" is a court of the county. */
    private static final Lexicon STREET_ENDS =
            Lexicon.load("street-types").minus(Set.of("court", "ct", "highway", "hwy", "place"));
    /** Words that make a place's office or area of what follows them: "Hudson Township Road", "Lake County Road". */
    private static final Set<String> AREA_WORDS =
            Set.of("county", "parish", "city", "township", "twp", "borough", "village", "town", "state");

    private StreetNames() {}

    static boolean isStreet(String text, List<Token> tokens, Candidate c) {
        return longerStreet(text, tokens, c) || afterBlockOf(text, tokens, c);
    }

    /** "the 200 block of Broadway", "the 1500 block of North Ashland": police news names the street so. */
    private static boolean afterBlockOf(String text, List<Token> tokens, Candidate c) {
        int k = c.first() - 1;
        if (k >= 0
                && tokens.get(k).capitalised()
                && NotPlaceRules.COMPASS.contains(NotPlaceRules.word(text, tokens.get(k)))) {
            k--;
        }
        return k >= 1
                && "of".equals(tokens.get(k).text(text))
                && "block".equals(tokens.get(k - 1).text(text));
    }

    /** "Fairview Hollow Road", "Oakland Mill Lane": one or two more words, then a street word. */
    private static boolean longerStreet(String text, List<Token> tokens, Candidate c) {
        for (int k = c.last(); k < c.last() + 3 && k + 1 < tokens.size(); k++) {
            if (!NotPlaceRules.joinedTo(text, tokens, k)
                    || !text.startsWith(" ", tokens.get(k).end())) {
                return false;
            }
            Token next = tokens.get(k + 1);
            String word = NotPlaceRules.word(text, next);
            if (!next.capitalised() || AREA_WORDS.contains(word) || PlaceCues.CIVIC.contains(word)) {
                return false;
            }
            if (k > c.last() && STREET_ENDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
