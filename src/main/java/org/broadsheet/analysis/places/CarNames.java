package org.broadsheet.analysis.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Cars named like towns: a make ("Toyota", "Dodge", "Lincoln") written as a car, and the model after it
 * ("Chevrolet Tahoe", "Kia Sorento"), are not places. A make is a car in an article where it follows a model
 * year or a colour ("a 1992 Toyota", "a maroon Pontiac") or comes before a model name, and then in all its mentions
 * ("the Toyota failed to yield"); so is a model named after its make ("the Tahoe pulled away").
 */
final class CarNames {
    /** Makes sold in English-speaking countries whose names are also places or people's names. */
    private static final Lexicon MAKES = Lexicon.load("car-makes");
    /** Paint colours written before a make: "a maroon Pontiac", "a 1993 brown Cadillac". */
    private static final Lexicon COLOURS = Lexicon.load("paint-colours");

    private final Gazetteer gazetteer;

    CarNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Keys of the makes this article writes as cars, and of the models it names after a make ("a red Chevrolet Tahoe"
     * makes "the Tahoe pulled away" a car too).
     */
    Set<String> makesAsCars(String body, List<Token> tokens) {
        Set<String> cars = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = NotPlaceRules.word(body, t);
            if (!t.capitalised() || !MAKES.contains(word)) {
                continue;
            }
            boolean model = modelAfter(body, tokens, i);
            if (model || afterYear(body, tokens, i) || afterColour(body, tokens, i)) {
                cars.add(word);
            }
            if (model) {
                cars.add(NotPlaceRules.word(body, tokens.get(i + 1)));
            }
        }
        return cars;
    }

    /** The candidate is a make written as a car, or a model right after a make. */
    boolean isCar(String body, List<Token> tokens, Candidate c, Set<String> cars) {
        // "the Tahoe pulled away", but not "drove to Durango".
        if (c.first() == c.last()
                && cars.contains(c.key())
                && (c.first() == 0
                        || !PlaceCues.LOCATIVES.contains(
                                tokens.get(c.first() - 1).text(body)))) {
            return true;
        }
        return c.first() > 0
                && spaced(body, tokens, c.first() - 1)
                && MAKES.contains(NotPlaceRules.word(body, tokens.get(c.first() - 1)))
                && tokens.get(c.first() - 1).capitalised()
                && modelAfter(body, tokens, c.first() - 1);
    }

    /** "a maroon Pontiac", "a 1993 brown Cadillac": a colour, after "a" or a model year, before the make. */
    private static boolean afterColour(String body, List<Token> tokens, int i) {
        if (i < 2 || !spaced(body, tokens, i - 1) || !spaced(body, tokens, i - 2)) {
            return false;
        }
        Token colour = tokens.get(i - 1);
        String before = tokens.get(i - 2).text(body);
        return !colour.capitalised()
                && COLOURS.contains(colour.text(body))
                && (before.equals("a") || before.equals("A") || before.equals("the") || afterYear(body, tokens, i - 1));
    }

    /** "a 2011 Toyota": a four-digit model year before the make. */
    private static boolean afterYear(String body, List<Token> tokens, int i) {
        if (i == 0 || !spaced(body, tokens, i - 1)) {
            return false;
        }
        Token year = tokens.get(i - 1);
        return year.end() - year.start() == 4
                && (body.startsWith("19", year.start()) || body.startsWith("20", year.start()))
                && Character.isDigit(body.charAt(year.start() + 2))
                && Character.isDigit(body.charAt(year.start() + 3));
    }

    /**
     * "Chevrolet Tahoe", "Toyota Sienna": a capitalised word after the make that is no ordinary English word and
     * does not make a longer place name with it ("Dodge City", "Lincoln Memorial Clinic", "Ford County").
     */
    private boolean modelAfter(String body, List<Token> tokens, int make) {
        if (make + 1 >= tokens.size() || !spaced(body, tokens, make)) {
            return false;
        }
        Token model = tokens.get(make + 1);
        String word = NotPlaceRules.word(body, model);
        return model.capitalised()
                && !model.allCaps()
                && !gazetteer.isCommonWord(word)
                && !gazetteer.isFirstName(word)
                && !NotPlaceRules.CALENDAR.contains(word)
                && gazetteer.lookup(Gazetteer.key(
                                        body.substring(tokens.get(make).start(), model.end())))
                                .length
                        == 0;
    }

    private static boolean spaced(String body, List<Token> tokens, int i) {
        return !tokens.get(i).possessive()
                && body.startsWith(" ", tokens.get(i).end())
                && tokens.get(i + 1).start() == tokens.get(i).end() + 1;
    }
}
