package org.broadsheet.analysis.people;

import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Words that make a capitalised run a place rather than a person, so that person spans never hide a
 * toponym from the place finder: compass and regional words that open place names ("North Carolina",
 * "New Mexico", "Downtown Greer"), words that end them ("Sioux Falls", "Beverly Hills"), and the
 * names of continents, US states and countries that are not also common given or family names
 * (Jordan, Chad, Georgia, Israel, Victoria, Washington are left out). Immutable.
 */
final class PlaceWords {
    private static final Lexicon OPENERS = Lexicon.load("place-openers");
    private static final Lexicon ENDINGS = Lexicon.load("place-endings");
    private static final Lexicon NAMES = Lexicon.load("unambiguous-place-names");

    /** Nationalities and peoples that end in -o or -a, which no ending rule can tell from surnames ("Pacino"). */
    private static final Set<String> DEMONYMS_IN_O_AND_A =
            Set.of("Filipino", "Filipina", "Latino", "Latina", "Chicano", "Chicana");

    private PlaceWords() {}

    /** A continent, US state or country whose name no given name or surname shares ("Tanzania", "Ohio"). */
    static boolean isCountryOrState(String word) {
        return NAMES.contains(word);
    }

    /** Does a candidate name (its words, no title) read as a place, or as a people ("Syrian Kurdish")? */
    static boolean isPlace(java.util.List<String> words) {
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return (words.size() > 1 && OPENERS.contains(first))
                || ENDINGS.contains(last)
                || NAMES.contains(last)
                || NAMES.contains(first)
                || (words.size() > 1 && (isDemonym(first) || isPluralDemonym(first)))
                || words.equals(java.util.List.of("US"));
    }

    /**
     * "Syrian", "European", "British", "Japanese", "Filipino", "Latina": a nationality, unless a list knows it as a
     * given name.
     */
    /** "Floridians", "Syrians": people of a place. */
    static boolean isPluralDemonym(String w) {
        return w.length() > 4 && w.endsWith("s") && isDemonym(w.substring(0, w.length() - 1));
    }

    static boolean isDemonym(String w) {
        return (w.endsWith("ian")
                        || w.endsWith("ean")
                        || w.endsWith("ish")
                        || w.endsWith("ese")
                        || w.equals("Dutch")
                        || DEMONYMS_IN_O_AND_A.contains(w))
                && !GivenNames.isGivenName(w);
    }
}
