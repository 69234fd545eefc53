package org.broadsheet.analysis.places;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.NamedRule;
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
    private final List<NamedRule<Mention>> before;
    private final List<NamedRule<Mention>> after;
    private final Set<String> off;

    /** @param off names of rules not to apply: a test shows that each rule is needed by turning it off */
    NotPlaceRules(Gazetteer gazetteer, PersonNames people, Set<String> off) {
        this.gazetteer = gazetteer;
        this.people = people;
        this.cues = new PlaceCues(gazetteer);
        this.off = Set.copyOf(off);
        this.before = beforeNarrowing();
        this.after = afterNarrowing();
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

    /** One candidate as the rules see it; {@code entries} narrows once short words are read as acronyms. */
    private static final class Mention {
        final String text;
        final List<Token> tokens;
        final Candidate c;
        final String key;
        final Token first;
        final Token last;
        final boolean single;
        final Set<String> personWords;
        final Set<String> placedKeys;
        final Set<String> surelyPlacedKeys;
        int[] entries;
        boolean broad;
        String before;
        String personRule;

        Mention(
                String text,
                List<Token> tokens,
                Candidate c,
                Set<String> personWords,
                Set<String> placedKeys,
                Set<String> surelyPlacedKeys) {
            this.text = text;
            this.tokens = tokens;
            this.c = c;
            this.key = c.key();
            this.first = tokens.get(c.first());
            this.last = tokens.get(c.last());
            this.single = c.first() == c.last();
            this.personWords = personWords;
            this.placedKeys = placedKeys;
            this.surelyPlacedKeys = surelyPlacedKeys;
            this.entries = c.entries();
        }

        Token next() {
            return tokens.get(c.last() + 1);
        }
    }

    /** What {@link #admissible} decided: the entries still possible (none: not a place) and the rule that decided. */
    record Verdict(int[] entries, String rule) {}

    /** Rules over the gazetteer match as the scanner found it; the first that holds rejects the candidate. */
    private List<NamedRule<Mention>> beforeNarrowing() {
        return List.of(
                NamedRule.of(
                        "calendar-word",
                        "On Monday in March the budget passed",
                        m -> m.single && CALENDAR.contains(m.key)),
                NamedRule.of(
                        "people-or-faith", "Arab and Kurdish leaders met", m -> m.single && PEOPLES.contains(m.key)),
                NamedRule.of("compass-word", "rain in the North", m -> m.single && COMPASS.contains(m.key)),
                NamedRule.of(
                        "demonym-word", "French officials", m -> m.single && gazetteer.demonymCountry(m.key) != null),
                NamedRule.of("weather-pattern", "El Niño brought rain", m -> WEATHER.contains(m.key)),
                NamedRule.of("parliament", "the State Duma voted", m -> PARLIAMENTS.contains(m.key)),
                NamedRule.of("news-agency", "the report (Xinhua) said", m -> AGENCIES.contains(m.key)),
                // "@Houston", a social-media handle, names an account.
                NamedRule.of(
                        "social-media-handle",
                        "a post by @Dover",
                        m -> m.c.start() > 0 && m.text.charAt(m.c.start() - 1) == '@'),
                NamedRule.of(
                        "festival",
                        "children met the jolly Santa Claus",
                        m -> festival(m.text, m.tokens, m.c) && !cues.qualifiedAfter(m.text, m.tokens, m.c)),
                NamedRule.of(
                        "plural-title",
                        "Sens. Ann Ray and Tom Lee",
                        m -> m.single && PLURAL_TITLES.contains(m.key) && m.text.startsWith(". ", m.c.end())),
                // Ordinary words before "of" and a name title something of that place, not American Samoa's
                // Eastern District.
                NamedRule.of(
                        "ordinary-words-before-of",
                        "the Northern District of Ohio",
                        m -> !m.single
                                && commonWordsOnly(m.text, m.tokens, m.c)
                                && m.text.startsWith(" of ", m.c.end())
                                && m.c.last() + 2 < m.tokens.size()
                                && m.tokens.get(m.c.last() + 2).capitalised()),
                // A neighbourhood named after the place, unless the gazetteer knows it.
                NamedRule.of(
                        "little-neighbourhood",
                        "dinner in Little Havana",
                        m -> m.c.first() > 0
                                && !m.first.sentenceStart()
                                && "little".equals(word(m.text, m.tokens.get(m.c.first() - 1)))
                                && m.tokens.get(m.c.first() - 1).capitalised()
                                && joinedTo(m.text, m.tokens, m.c.first() - 1)),
                // Ordinary words that a town bears only as another name.
                NamedRule.of(
                        "ordinary-words-other-name",
                        "lunch at the Country Club",
                        m -> !m.single
                                && !COMPASS.contains(word(m.text, m.first))
                                && commonWordsOnly(m.text, m.tokens, m.c)
                                && Arrays.stream(m.c.entries())
                                        .noneMatch(i -> Gazetteer.ownName(gazetteer.entry(i), m.key)
                                                || gazetteer.entry(i).kind() != Kind.CITY)),
                // The president's house and staff, not White House, Tennessee, which needs "in" right before it or
                // its state after it.
                NamedRule.of(
                        "white-house",
                        "White House advisers said",
                        m -> m.key.equals("white house")
                                && !cues.qualifiedAfter(m.text, m.tokens, m.c)
                                && !(m.c.first() > 0
                                        && PlaceCues.LOCATIVES.contains(word(m.text, m.tokens.get(m.c.first() - 1)))
                                        && !m.first.sentenceStart())));
    }

    /** Rules over the entries left once short words are read as acronyms; the first that holds rejects. */
    private List<NamedRule<Mention>> afterNarrowing() {
        return List.of(
                NamedRule.of(
                        "war-named-after-region",
                        "veterans of the Pacific War",
                        m -> has(m.entries, Kind.REGION)
                                && m.c.last() + 1 < m.tokens.size()
                                && joinedTo(m.text, m.tokens, m.c.last())
                                && m.next().capitalised()
                                && Set.of("war", "wars").contains(word(m.text, m.next()))),
                // A person of the article who shares a state's or a city's name does not make "in Washington" a
                // person; which evidence made it a name is PersonNames' rule, recorded after a colon.
                NamedRule.of("part-of-person-name", "Mrs. Austin greeted Paul R. Jackson", this::partOfPersonName),
                NamedRule.of(
                        "saint-before",
                        "St. Louis",
                        m -> SAINTS.contains(m.before) && joinedTo(m.text, m.tokens, m.c.first() - 1, true)),
                NamedRule.of(
                        "club-before",
                        "Real Madrid won",
                        m -> CLUB_OPENERS.contains(m.before)
                                && m.tokens.get(m.c.first() - 1).capitalised()
                                && joinedTo(m.text, m.tokens, m.c.first() - 1, false)),
                NamedRule.of(
                        "saint-possessive",
                        "St. Mark's Lutheran School",
                        m -> SAINTS.contains(word(m.text, m.first))
                                && m.last.possessive()
                                && m.c.last() + 1 < m.tokens.size()
                                && m.next().capitalised()),
                // A name joined by "&" to a word that is no other place is a firm's or a band's; "Tijuana & San
                // Diego" are two places.
                NamedRule.of(
                        "firm-partner",
                        "Harlan Reed & Moss",
                        m -> !m.broad
                                && (m.text.startsWith(" & ", m.c.end())
                                                && m.c.last() + 1 < m.tokens.size()
                                                && firmPartner(m.text, m.key, m.next())
                                        || m.c.start() >= 3
                                                && m.text.startsWith(" & ", m.c.start() - 3)
                                                && m.c.first() > 0
                                                && firmPartner(m.text, m.key, m.tokens.get(m.c.first() - 1)))),
                NamedRule.of("ordinary-word-unplaced", "Police said the Mobile phone was found", m -> {
                    boolean nation = has(m.entries, Kind.COUNTRY) || has(m.entries, Kind.REGION);
                    return gazetteer.isCommonWord(m.key)
                            && !nation
                            && (!locative(m) || maxPopulation(m.entries) < 50_000)
                            && !m.surelyPlacedKeys.contains(m.key);
                }),
                NamedRule.of(
                        "first-name-unplaced",
                        "Hailey smiled",
                        m -> m.single
                                && !m.broad
                                && gazetteer.isFirstName(m.key)
                                && !locative(m)
                                && maxPopulation(m.entries) < 100_000
                                && !listed(m.tokens, m.text, m.c)),
                // The county's road and court are in the county: "Tamarack County Road 12".
                NamedRule.of(
                        "street-name",
                        "the 200 block of Broadway",
                        m -> !m.broad
                                && !county(m)
                                && !m.first.headline()
                                && StreetNames.isStreet(m.text, m.tokens, m.c)),
                NamedRule.of(
                        "street-word-after",
                        "a fire on Dover Road",
                        m -> wordAfter(m)
                                && STREETS.contains(word(m.text, m.next()))
                                && !(m.c.last() + 2 < m.tokens.size()
                                        && m.tokens.get(m.c.last() + 2).capitalised()
                                        && joinedTo(m.text, m.tokens, m.c.last() + 1))),
                NamedRule.of(
                        "business-word-after",
                        "the owner of Oakdale Roofing",
                        m -> wordAfter(m)
                                && ORGANISATIONS.contains(word(m.text, m.next()))
                                && !m.broad
                                && maxPopulation(m.entries) < 100_000));
    }

    /**
     * The entries a candidate may still denote, none when it is not a place here, and the rule that rejected it.
     *
     * @param personWords keys of words the article uses in people's names
     */
    Verdict admissible(
            String text,
            List<Token> tokens,
            Candidate c,
            Set<String> personWords,
            Set<String> placedKeys,
            Set<String> surelyPlacedKeys) {
        Mention m = new Mention(text, tokens, c, personWords, placedKeys, surelyPlacedKeys);
        NamedRule<Mention> rule = NamedRule.first(before, m, off);
        if (rule != null) {
            return new Verdict(new int[0], rule.name());
        }
        if (!off.contains(SHORT_WORD)) {
            m.entries = acronymReading(m);
            if (m.entries.length == 0) {
                return new Verdict(m.entries, SHORT_WORD);
            }
        }
        m.broad = has(m.entries, Kind.COUNTRY) || has(m.entries, Kind.REGION) || hasAdmin1(m.entries, m.key);
        m.before = c.first() > 0 && !m.first.sentenceStart() ? word(text, tokens.get(c.first() - 1)) : "";
        rule = NamedRule.first(after, m, off);
        if (rule != null) {
            String name = rule.name()
                    + (m.personRule != null && rule.name().equals("part-of-person-name") ? ":" + m.personRule : "");
            return new Verdict(new int[0], name);
        }
        return new Verdict(m.entries, null);
    }

    /** The rule between the two tables: a word of three letters or fewer is an acronym, not a town. */
    static final String SHORT_WORD = "short-word-acronym";

    /** Dotted initials of a great city ("L.A.") are its name; other short words are acronyms unless countries. */
    private int[] acronymReading(Mention m) {
        int[] entries = m.c.entries();
        if (m.key.replace(".", "").length() <= 3) {
            if (!m.first.allCaps() && m.key.indexOf('.') < 0) {
                return new int[0];
            }
            int[] all = entries;
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
            if (entries.length == 0 && m.key.indexOf('.') > 0) {
                entries = Arrays.stream(all)
                        .filter(i -> gazetteer.entry(i).kind() == Kind.CITY
                                && gazetteer.entry(i).population() >= 1_000_000)
                        .toArray();
            }
        } else if (m.single && m.first.allCaps() && m.key.length() <= 4 && !m.first.headline()) {
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
        }
        return entries;
    }

    private boolean partOfPersonName(Mention m) {
        Set<String> namesHere = m.broad && placed(m.text, m.tokens, m.c) ? Set.of() : m.personWords;
        m.personRule = people.nameRule(m.text, m.tokens, m.c, m.broad, namesHere);
        return m.personRule != null;
    }

    private boolean locative(Mention m) {
        return m.placedKeys.contains(m.key) || placed(m.text, m.tokens, m.c);
    }

    private static boolean county(Mention m) {
        return m.key.endsWith(" county") || m.key.endsWith(" parish");
    }

    /** A capitalised word right after the name that may be the head of a longer one. */
    private static boolean wordAfter(Mention m) {
        return !county(m)
                && !m.first.headline()
                && !m.last.possessive()
                && m.c.last() + 1 < m.tokens.size()
                && joinedTo(m.text, m.tokens, m.c.last())
                && m.next().capitalised();
    }

    /** Every rule's name, in the order they are tried: what spec cases may cite. */
    List<String> ruleNames() {
        List<String> names = new java.util.ArrayList<>();
        before.forEach(r -> names.add(r.name()));
        names.add(SHORT_WORD);
        after.forEach(r -> names.add(r.name()));
        return names;
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
