package org.broadsheet.analysis.places;

import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;
import org.broadsheet.analysis.text.Lexicon;

/**
 * The words around a mention that say it is a place: a locative before it ("in Keene"), a noun a town's name
 * modifies after it ("Concord police"), its state or country after a comma ("Keene, N.H."), a legislator's party
 * letter before it ("R-Concord") or a street address before it ("12 Main St., Concord").
 */
final class PlaceCues {
    /** Nouns a town's name modifies: "a Concord resident", "Keene police". */
    private static final Lexicon PLACE_NOUNS = Lexicon.load("place-nouns");
    /** Offices of a town, capitalised in their names: "Keene Police Department", "Keene Township Board". */
    static final Set<String> CIVIC = Set.of(
            "police",
            "fire",
            "township",
            "village",
            "borough",
            "mayor",
            "municipal",
            "council",
            "selectmen",
            "aldermen");
    /** "Concord City Council", "Hudson City Hall". */
    private static final Set<String> CITY_OFFICES =
            Set.of("council", "hall", "manager", "commission", "attorney", "clerk", "commissioners", "administrator");
    /** Party letters before a legislator's home town: Republican, Democrat, independent, Minnesota's DFL. */
    private static final List<String> PARTIES = List.of("R", "D", "I", "DFL");

    static final Lexicon LOCATIVES = Lexicon.load("locatives");
    /** Numbered roads before a town in an address: "40 Route 9 North, Elkton". */
    private static final Set<String> ROUTES = Set.of("route", "highway", "hwy", "interstate");

    private final Gazetteer gazetteer;

    PlaceCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The words around this mention say it is a place (see the class comment). What one mention says holds for
     * every mention of the name in the article.
     */
    boolean placed(String text, List<Token> tokens, Candidate c) {
        Token first = tokens.get(c.first());
        String before =
                c.first() > 0 && !first.sentenceStart() ? NotPlaceRules.word(text, tokens.get(c.first() - 1)) : "";
        // "the wedding of Kenner's daughter": "of" before a possessive is as often a person's.
        boolean notLocative = "of".equals(before) && tokens.get(c.last()).possessive()
                // "according to Ruth Bristol": a source, not a destination.
                || "to".equals(before)
                        && c.first() >= 2
                        && "according".equals(NotPlaceRules.word(text, tokens.get(c.first() - 2)));
        return LOCATIVES.contains(before) && !first.headline() && !first.sentenceStart() && !notLocative
                || placeNounAfter(text, tokens, c)
                || qualifiedAfter(text, tokens, c)
                || hometown(text, c.start())
                || afterAddress(text, tokens, c)
                || dateline(text, tokens, c);
    }

    /** "XENIA — The council met", "ELKTON -- City officials": a name in capitals opening a sentence before a dash. */
    static boolean dateline(String text, List<Token> tokens, Candidate c) {
        if (c.first() > 0 && !tokens.get(c.first()).sentenceStart() || c.end() - c.start() < 4) {
            return false;
        }
        for (int k = c.first(); k <= c.last(); k++) {
            if (!tokens.get(k).allCaps()
                    && Character.isLetter(text.charAt(tokens.get(k).start()))) {
                return false;
            }
        }
        return text.startsWith(" \u2014", c.end())
                || text.startsWith(" \u2013", c.end())
                || text.startsWith(" -", c.end());
    }

    /** "12 W. Elm Street, Elkton", "40 Route 9 North, Elkton": the town of a street address. */
    static boolean afterAddress(String text, List<Token> tokens, Candidate c) {
        int k = c.first() - 1;
        if (k < 1
                || !text.startsWith(
                        ", ",
                        tokens.get(k).end()
                                + (text.startsWith(".", tokens.get(k).end()) ? 1 : 0))) {
            return false;
        }
        String last = NotPlaceRules.word(text, tokens.get(k));
        if (NotPlaceRules.STREETS.contains(last)) {
            return Character.isUpperCase(text.charAt(tokens.get(k).start())) && addressNumber(text, tokens, k);
        }
        boolean direction = NotPlaceRules.COMPASS.contains(last) && k >= 2;
        int route = direction ? k - 1 : k;
        return Character.isDigit(text.charAt(tokens.get(route).start()))
                && route >= 1
                && ROUTES.contains(NotPlaceRules.word(text, tokens.get(route - 1)));
    }

    /** A house number within the few words before the street word. */
    private static boolean addressNumber(String text, List<Token> tokens, int street) {
        for (int j = street - 1; j >= 0 && j >= street - 4; j--) {
            Token t = tokens.get(j);
            if (Character.isDigit(text.charAt(t.start()))) {
                return true;
            }
            if (!t.capitalised() && t.end() - t.start() > 1) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Sen. Ann Roe, R-Marshall," and "(D-Elk Grove)": US papers give a legislator's party and home town,
     * so the name after the party letter is a place.
     */
    static boolean hometown(String text, int start) {
        for (String party : PARTIES) {
            int at = start - party.length() - 1;
            if (at >= 2
                    && text.startsWith(party + "-", at)
                    && (text.charAt(at - 1) == '(' || text.startsWith(", ", at - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeNounAfter(String text, List<Token> tokens, Candidate c) {
        if (c.last() + 1 >= tokens.size()
                || tokens.get(c.last()).possessive()
                || !NotPlaceRules.joinedTo(text, tokens, c.last())) {
            return false;
        }
        Token next = tokens.get(c.last() + 1);
        if (!next.capitalised()) {
            return PLACE_NOUNS.contains(text.substring(next.start(), next.end()));
        }
        String noun = NotPlaceRules.word(text, next);
        if (CIVIC.contains(noun)) {
            return true;
        }
        return "city".equals(noun)
                && c.last() + 2 < tokens.size()
                && NotPlaceRules.joinedTo(text, tokens, c.last() + 1)
                && CITY_OFFICES.contains(NotPlaceRules.word(text, tokens.get(c.last() + 2)));
    }

    /** "Hope, Ark.", "Nice, France": a state or country after a comma. */
    boolean qualifiedAfter(String text, List<Token> tokens, Candidate c) {
        if (c.last() + 1 >= tokens.size()
                || !text.startsWith(", ", c.end())
                || tokens.get(c.last()).possessive()) {
            return false;
        }
        Token next = tokens.get(c.last() + 1);
        String word = text.substring(next.start(), next.end());
        String dotted = next.end() < text.length() && text.charAt(next.end()) == '.' ? word + "." : word;
        if (gazetteer.stateAbbreviation(dotted) != null) {
            return true;
        }
        for (int i : gazetteer.lookup(Gazetteer.key(word))) {
            GazetteerEntry e = gazetteer.entry(i);
            if (e.kind() == Kind.COUNTRY || e.id().startsWith("admin1:") && Gazetteer.ownName(e, Gazetteer.key(word))) {
                return true;
            }
        }
        return false;
    }
}
