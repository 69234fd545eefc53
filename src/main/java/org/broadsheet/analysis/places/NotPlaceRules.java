package org.broadsheet.analysis.places;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Decides which gazetteer matches are not places here: months and weekdays, ordinary English words
 * ("Mobile", "Reading") without place context, parts of people's names ("Jordan Peterson", "Mr. Paris"),
 * street names ("Dover Road"), saints ("St. Patrick's Day", "St. Mark's Lutheran School"), and short
 * capitalised words that are acronyms rather than countries.
 */
final class NotPlaceRules {
    static final Lexicon CALENDAR = Lexicon.load("calendar-words").lowerCase();
    /** Weather patterns named like towns: "El Niño" is also a Mexican village. */
    private static final Set<String> WEATHER = Set.of("el niño", "el nino", "la niña", "la nina");
    /** Festivals and figures named like towns: Santa Claus, Indiana; "Gras" is a name of Grasse; "Uncle Sam". */
    private static final Set<String> FESTIVALS = Set.of("santa claus", "mardi gras", "uncle sam");
    /** Plural titles before names, abbreviated: "Sens. Jon Tester and David Vitter" (Sens is a French town). */
    private static final Set<String> PLURAL_TITLES = Set.of("sens", "reps", "govs", "gens", "drs", "profs", "revs");
    /** News agencies named like towns: "(Xinhua)" credits the agency, not Xinhua county. */
    private static final Lexicon AGENCIES = Lexicon.load("news-agencies");
    /** Parliaments named like towns: "the State Duma" is Russia's, not Douma in Syria. */
    private static final Lexicon PARLIAMENTS = Lexicon.load("parliaments");
    /** Names of peoples and faiths that gazetteers also hold as towns ("Arab", Alabama). */
    private static final Lexicon PEOPLES = Lexicon.load("peoples-and-faiths");

    static final Lexicon COMPASS = Lexicon.load("compass-words");
    static final Lexicon STREETS = Lexicon.load("street-types");
    /**
     * Heads of organisation and business names: "Badr Organization" is not about a town called Badr, nor "Oakdale
     * Roofing" or "Glenwood Apartments" about theirs.
     */
    private static final Lexicon ORGANISATIONS = Lexicon.load("business-heads");

    private static final Set<String> SAINTS = Set.of("st", "ste", "saint", "san", "santa", "sao");
    /** Words that open a sports club's name before a place's: "Real Madrid", "Club Brugge". */
    private static final Set<String> CLUB_OPENERS = Set.of("club", "real", "sporting", "dynamo", "atletico");

    private final Gazetteer gazetteer;
    private final PersonNames people;
    private final PlaceCues cues;

    NotPlaceRules(Gazetteer gazetteer, PersonNames people) {
        this.gazetteer = gazetteer;
        this.people = people;
        this.cues = new PlaceCues(gazetteer);
    }

    /**
     * Whether the words around this mention leave no doubt that it is a place, even for an ordinary word:
     * its state after a comma ("Hurricane, W.Va."), a dateline, a party letter or a street address before it.
     */
    boolean surelyPlaced(String text, List<Token> tokens, Candidate c) {
        // Not the last word of a longer name: "Ohio Northern University, Texas ...".
        boolean nameGoesBack = c.first() > 0
                && !tokens.get(c.first()).sentenceStart()
                && tokens.get(c.first() - 1).capitalised()
                && joinedTo(text, tokens, c.first() - 1);
        return !nameGoesBack && cues.qualifiedAfter(text, tokens, c)
                || PlaceCues.dateline(text, tokens, c)
                || PlaceCues.hometown(text, c.start())
                || PlaceCues.afterAddress(text, tokens, c);
    }

    /** Whether the words around this mention say it is a place ({@link PlaceCues#placed}). */
    boolean placed(String text, List<Token> tokens, Candidate c) {
        return cues.placed(text, tokens, c);
    }

    /**
     * The entries a candidate may still denote, or an empty array when it is not a place here.
     *
     * @param personWords keys of words the article uses in people's names
     */
    int[] admissible(
            String text,
            List<Token> tokens,
            Candidate c,
            Set<String> personWords,
            Set<String> placedKeys,
            Set<String> surelyPlacedKeys) {
        String key = c.key();
        Token first = tokens.get(c.first());
        Token last = tokens.get(c.last());
        boolean single = c.first() == c.last();
        if (single
                && (CALENDAR.contains(key)
                        || PEOPLES.contains(key)
                        || COMPASS.contains(key)
                        || gazetteer.demonymCountry(key) != null)) {
            return new int[0];
        }
        // "@Houston", a social-media handle, names an account.
        if (WEATHER.contains(key)
                || PARLIAMENTS.contains(key)
                || AGENCIES.contains(key)
                || c.start() > 0 && text.charAt(c.start() - 1) == '@') {
            return new int[0];
        }
        if (festival(text, tokens, c) && !cues.qualifiedAfter(text, tokens, c)) {
            return new int[0];
        }
        if (single && PLURAL_TITLES.contains(key) && text.startsWith(". ", c.end())) {
            return new int[0];
        }
        // "The City Council met": "the" and an ordinary word is the noun phrase, unless a place is named so
        // in its own right ("The Dalles", "The Hague"), not only as another name ("The City" for London's).
        if (key.startsWith("the ")
                && key.indexOf(' ', 4) < 0
                && gazetteer.isCommonWord(key.substring(4))
                && Arrays.stream(c.entries()).noneMatch(i -> Gazetteer.ownName(gazetteer.entry(i), key))) {
            return new int[0];
        }
        // "the Northern District of Ohio", "the Central Bank of Nigeria": ordinary words before "of" and a
        // name title something of that place, not American Samoa's Eastern District.
        if (!single
                && commonWordsOnly(text, tokens, c)
                && text.startsWith(" of ", c.end())
                && c.last() + 2 < tokens.size()
                && tokens.get(c.last() + 2).capitalised()) {
            return new int[0];
        }
        // "Little Havana", "Little Italy": a neighbourhood named after the place, unless the gazetteer knows it.
        if (c.first() > 0
                && !first.sentenceStart()
                && "little".equals(word(text, tokens.get(c.first() - 1)))
                && tokens.get(c.first() - 1).capitalised()
                && joinedTo(text, tokens, c.first() - 1)) {
            return new int[0];
        }
        // "Old Town", "Country Club": ordinary words that a town bears only as another name.
        if (!single
                && !COMPASS.contains(word(text, first))
                && commonWordsOnly(text, tokens, c)
                && Arrays.stream(c.entries())
                        .noneMatch(i -> Gazetteer.ownName(gazetteer.entry(i), key)
                                || gazetteer.entry(i).kind() != Kind.CITY)) {
            return new int[0];
        }
        // "the White House", "White House advisers": the president's house and staff, not White House, Tennessee,
        // which needs "in" right before it or its state after it.
        if (key.equals("white house")
                && !cues.qualifiedAfter(text, tokens, c)
                && !(c.first() > 0
                        && PlaceCues.LOCATIVES.contains(word(text, tokens.get(c.first() - 1)))
                        && !first.sentenceStart())) {
            return new int[0];
        }
        int[] entries = c.entries();
        if (key.replace(".", "").length() <= 3) {
            if (!first.allCaps() && key.indexOf('.') < 0) {
                return new int[0];
            }
            // Dotted initials of a great city ("L.A.") are its name; other short words are acronyms.
            int[] all = entries;
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
            if (entries.length == 0 && key.indexOf('.') > 0) {
                entries = Arrays.stream(all)
                        .filter(i -> gazetteer.entry(i).kind() == Kind.CITY
                                && gazetteer.entry(i).population() >= 1_000_000)
                        .toArray();
            }
        } else if (single && first.allCaps() && key.length() <= 4 && !first.headline()) {
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
        }
        if (entries.length == 0) {
            return entries;
        }
        // "the Gulf War", "Pacific War veterans": a war named after a region, not the region or a town.
        if (has(entries, Kind.REGION)
                && c.last() + 1 < tokens.size()
                && joinedTo(text, tokens, c.last())
                && tokens.get(c.last() + 1).capitalised()
                && Set.of("war", "wars").contains(word(text, tokens.get(c.last() + 1)))) {
            return new int[0];
        }
        boolean broad = has(entries, Kind.COUNTRY) || has(entries, Kind.REGION) || hasAdmin1(entries, key);
        // A person of the article who shares a state's or a city's name does not make "in Washington" a person.
        Set<String> namesHere = broad && placed(text, tokens, c) ? Set.of() : personWords;
        if (people.isPartOfName(text, tokens, c, broad, namesHere)) {
            return new int[0];
        }
        String before = c.first() > 0 && !first.sentenceStart() ? word(text, tokens.get(c.first() - 1)) : "";
        if (SAINTS.contains(before) && joinedTo(text, tokens, c.first() - 1, true)) {
            return new int[0];
        }
        if (CLUB_OPENERS.contains(before)
                && tokens.get(c.first() - 1).capitalised()
                && joinedTo(text, tokens, c.first() - 1, false)) {
            return new int[0];
        }
        if (SAINTS.contains(word(text, first))
                && last.possessive()
                && c.last() + 1 < tokens.size()
                && tokens.get(c.last() + 1).capitalised()) {
            return new int[0];
        }
        // "Johnson & Johnson", "Harlan Reed & Moss": a name joined by "&" to a word that is no other place
        // is a firm's or a band's; "Tijuana & San Diego" are two places.
        if (!broad
                && (text.startsWith(" & ", c.end())
                                && c.last() + 1 < tokens.size()
                                && firmPartner(text, key, tokens.get(c.last() + 1))
                        || c.start() >= 3
                                && text.startsWith(" & ", c.start() - 3)
                                && c.first() > 0
                                && firmPartner(text, key, tokens.get(c.first() - 1)))) {
            return new int[0];
        }
        boolean locative = placedKeys.contains(key) || placed(text, tokens, c);
        boolean nation = has(entries, Kind.COUNTRY) || has(entries, Kind.REGION);
        if (gazetteer.isCommonWord(key)
                && !nation
                && (!locative || maxPopulation(entries) < 50_000)
                && !surelyPlacedKeys.contains(key)) {
            return new int[0];
        }
        if (single
                && !broad
                && gazetteer.isFirstName(key)
                && !locative
                && maxPopulation(entries) < 100_000
                && !listed(tokens, text, c)) {
            return new int[0];
        }
        // "Pine County Road 12", "Tamarack County Court": the county's road and court are in the county.
        boolean county = key.endsWith(" county") || key.endsWith(" parish");
        if (!broad && !county && !first.headline() && StreetNames.isStreet(text, tokens, c)) {
            return new int[0];
        }
        if (!county
                && !first.headline()
                && !last.possessive()
                && c.last() + 1 < tokens.size()
                && joinedTo(text, tokens, c.last())) {
            Token next = tokens.get(c.last() + 1);
            boolean nameGoesOn = c.last() + 2 < tokens.size()
                    && tokens.get(c.last() + 2).capitalised()
                    && joinedTo(text, tokens, c.last() + 1);
            if (next.capitalised() && STREETS.contains(word(text, next)) && !nameGoesOn) {
                return new int[0];
            }
            if (next.capitalised()
                    && ORGANISATIONS.contains(word(text, next))
                    && !broad
                    && maxPopulation(entries) < 100_000) {
                return new int[0];
            }
        }
        return entries;
    }

    /** "the jolly Santa Claus", "during Mardi Gras"; but "Santa Claus, Ind." is the town. */
    private static boolean festival(String text, List<Token> tokens, Candidate c) {
        if (FESTIVALS.contains(c.key())) {
            return true;
        }
        int k = c.first() - 1;
        return k >= 0
                && tokens.get(k).capitalised()
                && joinedTo(text, tokens, k)
                && FESTIVALS.contains(word(text, tokens.get(k)) + " " + c.key());
    }

    static boolean joinedTo(String text, List<Token> tokens, int index) {
        return index + 1 < tokens.size()
                && CandidateScanner.joined(text, tokens.get(index), tokens.get(index + 1))
                && !tokens.get(index).possessive();
    }

    /** Only a space (or, for abbreviations like "St.", a dot and a space) between two words. */
    private static boolean joinedTo(String text, List<Token> tokens, int index, boolean dotted) {
        String gap =
                text.substring(tokens.get(index).end(), tokens.get(index + 1).start());
        return !tokens.get(index).possessive() && (gap.equals(" ") || dotted && gap.equals(". "));
    }

    private boolean firmPartner(String text, String key, Token other) {
        String w = word(text, other);
        return other.capitalised() && !other.allCaps() && (w.equals(key) || gazetteer.lookup(w).length == 0);
    }

    private boolean commonWordsOnly(String text, List<Token> tokens, Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (!gazetteer.isCommonWord(word(text, tokens.get(k)))) {
                return false;
            }
        }
        return true;
    }

    static String word(String text, Token t) {
        return Gazetteer.key(text.substring(t.start(), t.end())).replace(".", "");
    }

    private int[] only(int[] entries, Kind... kinds) {
        return Arrays.stream(entries)
                .filter(i -> Arrays.asList(kinds).contains(gazetteer.entry(i).kind()))
                .toArray();
    }

    private boolean has(int[] entries, Kind kind) {
        return Arrays.stream(entries).anyMatch(i -> gazetteer.entry(i).kind() == kind);
    }

    /** A first-level area by its own name ("Ohio"), not a shortened one ("Free" for Free State). */
    private boolean hasAdmin1(int[] entries, String key) {
        return Arrays.stream(entries)
                .anyMatch(i ->
                        gazetteer.entry(i).id().startsWith("admin1:") && Gazetteer.ownName(gazetteer.entry(i), key));
    }

    /**
     * In a list or followed by its state: "Dover, Milford and Five Points", "Tyler, Texas". Not beside a first name
     * that is no place: "David and Jodi Hale" lists people.
     */
    private boolean listed(List<Token> tokens, String text, Candidate c) {
        String before = text.substring(Math.max(0, c.start() - 5), c.start());
        // Beside another capitalised word: "their child, Hailey, was born" is no list.
        boolean capitalBefore =
                c.first() >= 2 && listMate(text, tokens.get(c.first() - (before.endsWith(", ") ? 1 : 2)));
        boolean capitalAfter = c.last() + 2 < tokens.size()
                && listMate(
                        text,
                        tokens.get(c.last()
                                + (text.startsWith(",", c.end()) && !text.startsWith(", and ", c.end()) ? 1 : 2)));
        return (text.startsWith(",", c.end()) || text.startsWith(" and ", c.end())) && capitalAfter
                || (before.endsWith(", ") || before.endsWith(" and ") || before.endsWith(" or ")) && capitalBefore;
    }

    private boolean listMate(String text, Token t) {
        String w = word(text, t);
        return t.capitalised() && !(gazetteer.isFirstName(w) && gazetteer.lookup(w).length == 0);
    }

    private long maxPopulation(int[] entries) {
        return Arrays.stream(entries)
                .mapToLong(i -> gazetteer.entry(i).population())
                .max()
                .orElse(0);
    }
}
