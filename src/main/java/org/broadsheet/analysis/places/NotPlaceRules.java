package org.broadsheet.analysis.places;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * Decides which gazetteer matches are not places here: months and weekdays, ordinary English words
 * ("Mobile", "Reading") without place context, parts of people's names ("Jordan Peterson", "Mr. Paris"),
 * street names ("Dublin Road"), and short capitalised words that are acronyms rather than countries.
 */
final class NotPlaceRules {
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "christmas", "easter");
    /** Names of peoples and faiths that gazetteers also hold as towns ("Arab", Alabama). */
    private static final Set<String> PEOPLES = Set.of("arab", "arabs", "kurd", "kurds", "kurdish", "shia", "shiite",
            "shiites", "sunni", "sunnis", "muslim", "muslims", "jewish", "jew", "jews", "christian", "christians",
            "catholic", "catholics", "hindu", "hindus", "sikh", "sikhs", "buddhist", "latino", "latinos", "hispanic",
            "western", "eastern", "northern", "southern", "yazidi", "druze", "alawite", "bedouin", "pashtun",
            "baloch", "tamil", "tamils", "uighur", "uyghur", "berber", "copt", "coptic", "orthodox", "protestant",
            "asian", "african", "european", "latin", "islamic", "israelite", "native", "aboriginal");
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "sen", "senator", "rep",
            "gov", "governor", "judge", "justice", "officer", "sheriff", "deputy", "chief", "coach", "rev", "father",
            "pastor", "prince", "princess", "king", "queen", "lord", "lady", "sir", "dame", "mayor", "minister",
            "secretary", "general", "gen", "col", "capt", "captain", "lt", "sgt", "cpl", "pvt", "maj", "adm",
            "professor", "prof", "pope", "sheikh", "ayatollah", "imam", "agent", "detective", "det", "trooper",
            "commissioner", "superintendent", "attorney", "councilman", "councilwoman", "sister", "brother",
            "uncle", "aunt", "dear");
    private static final Set<String> STREETS = Set.of("street", "st", "road", "rd", "avenue", "ave", "drive", "lane",
            "ln", "boulevard", "blvd", "highway", "hwy", "pike", "parkway", "pkwy", "way", "court", "ct", "circle",
            "trail", "terrace", "alley", "place");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "of", "outside", "into",
            "across", "around", "toward", "towards", "through", "via", "between");

    private final Gazetteer gazetteer;

    NotPlaceRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The entries a candidate may still denote, or an empty array when it is not a place here.
     *
     * @param personWords keys of words the article uses in people's names
     */
    int[] admissible(String text, List<Token> tokens, Candidate c, Set<String> personWords) {
        String key = c.key();
        Token first = tokens.get(c.first());
        Token last = tokens.get(c.last());
        boolean single = c.first() == c.last();
        if (single && (CALENDAR.contains(key) || PEOPLES.contains(key))) {
            return new int[0];
        }
        int[] entries = c.entries();
        if (key.replace(".", "").length() <= 3) {
            if (!first.allCaps() && key.indexOf('.') < 0) {
                return new int[0];
            }
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
        } else if (single && first.allCaps() && key.length() <= 5 && !first.headline()) {
            entries = only(entries, Kind.COUNTRY, Kind.REGION);
        }
        if (entries.length == 0) {
            return entries;
        }
        boolean broad = has(entries, Kind.COUNTRY) || has(entries, Kind.REGION) || hasAdmin1(entries);
        String before = c.first() > 0 && !first.sentenceStart() ? word(text, tokens.get(c.first() - 1)) : "";
        if (TITLES.contains(before) && joinedTo(text, tokens, c.first() - 1)) {
            return new int[0];
        }
        if (single && personWords.contains(key)) {
            return new int[0];
        }
        if (gazetteer.isCommonWord(key) && !broad) {
            boolean locative = LOCATIVES.contains(before) && !first.headline() && !first.sentenceStart();
            if (!locative || maxPopulation(entries) < 50_000) {
                return new int[0];
            }
        }
        if (!first.headline()) {
            if (c.first() > 0 && !first.sentenceStart() && joinedTo(text, tokens, c.first() - 1)
                    && !last.possessive()) {
                Token prev = tokens.get(c.first() - 1);
                if (prev.capitalised() && !prev.possessive() && !gazetteer.isCommonWord(before) && !"the".equals(before)) {
                    return new int[0];
                }
            }
            if (!last.possessive() && c.last() + 1 < tokens.size() && joinedTo(text, tokens, c.last())) {
                Token next = tokens.get(c.last() + 1);
                String after = word(text, next);
                if (next.capitalised() && STREETS.contains(after)) {
                    return new int[0];
                }
                if (next.capitalised() && !next.allCaps() && !gazetteer.isCommonWord(after)
                        && gazetteer.lookup(after).length == 0) {
                    return new int[0];
                }
            }
        }
        return entries;
    }

    private static boolean joinedTo(String text, List<Token> tokens, int index) {
        return index + 1 < tokens.size() && CandidateScanner.joined(text, tokens.get(index), tokens.get(index + 1))
                && !tokens.get(index).possessive();
    }

    static String word(String text, Token t) {
        return Gazetteer.key(text.substring(t.start(), t.end())).replace(".", "");
    }

    private int[] only(int[] entries, Kind... kinds) {
        return Arrays.stream(entries).filter(i -> Arrays.asList(kinds).contains(gazetteer.entry(i).kind())).toArray();
    }

    private boolean has(int[] entries, Kind kind) {
        return Arrays.stream(entries).anyMatch(i -> gazetteer.entry(i).kind() == kind);
    }

    private boolean hasAdmin1(int[] entries) {
        return Arrays.stream(entries).anyMatch(i -> gazetteer.entry(i).id().startsWith("admin1:"));
    }

    private long maxPopulation(int[] entries) {
        return Arrays.stream(entries).mapToLong(i -> gazetteer.entry(i).population()).max().orElse(0);
    }
}
