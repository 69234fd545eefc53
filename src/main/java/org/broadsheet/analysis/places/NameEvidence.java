package org.broadsheet.analysis.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * What the words around every mention of one name say about which place it is: a qualifier after a comma
 * ("Paris, Texas", "Gainesville, Ga.") and a kind ("the town of Rawa", "Kirkuk city", "the province of Kandahar").
 */
final class NameEvidence {
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "capital", "port", "suburb");
    private static final Set<String> ADMIN_WORDS = Set.of(
            "province",
            "state",
            "county",
            "governorate",
            "region",
            "district",
            "parish",
            "prefecture",
            "department",
            "oblast");

    private static final Set<String> LOCATIVES =
            Set.of("in", "at", "near", "from", "of", "outside", "into", "toward", "towards", "via");

    private final Set<String> countryQualifiers = new HashSet<>();
    private final Set<String> admin1Qualifiers = new HashSet<>();
    private int cityCues;
    private int adminCues;
    private boolean locative;
    private boolean qualifying;

    /** The evidence for every name of the article, by key. */
    static Map<String, NameEvidence> collect(
            Gazetteer gazetteer, String text, List<Token> tokens, List<Candidate> candidates) {
        Map<String, NameEvidence> byKey = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            NameEvidence e = byKey.computeIfAbsent(c.key(), k -> new NameEvidence());
            e.kindCues(text, tokens, c);
            if (i + 1 < candidates.size() && e.qualifier(gazetteer, text, c, candidates.get(i + 1))) {
                byKey.computeIfAbsent(candidates.get(i + 1).key(), k -> new NameEvidence()).qualifying = true;
            }
            e.stateAbbreviationAfter(gazetteer, text, tokens, c);
        }
        return byKey;
    }

    boolean qualifies(GazetteerEntry e) {
        return countryQualifiers.contains(e.country()) || admin1Qualifiers.contains(e.admin1());
    }

    Set<String> admin1Qualifiers() {
        return admin1Qualifiers;
    }

    /** The name opens the article as its dateline, where only a place stands. */
    void dateline() {
        locative = true;
    }

    /** Some mention stands where only a place can ("in Elkton", "both of Elkton", "near Rawa"). */
    boolean locative() {
        return locative;
    }

    double kindBonus(Kind kind) {
        return kind == Kind.CITY && cityCues > 0 || kind == Kind.ADMIN && adminCues > 0 ? 2.5 : 0;
    }

    private void kindCues(String text, List<Token> tokens, Candidate c) {
        if (c.first() >= 1
                        && !tokens.get(c.first()).sentenceStart()
                        && LOCATIVES.contains(text.substring(
                                tokens.get(c.first() - 1).start(),
                                tokens.get(c.first() - 1).end()))
                || PlaceCues.hometown(text, c.start())
                || PlaceCues.afterAddress(text, tokens, c)) {
            locative = true;
        }
        if (c.first() >= 2 && "of".equals(NotPlaceRules.word(text, tokens.get(c.first() - 1)))) {
            cue(NotPlaceRules.word(text, tokens.get(c.first() - 2)));
        }
        if (c.last() + 1 < tokens.size()
                && !tokens.get(c.last()).possessive()
                && !tokens.get(c.last() + 1).capitalised()) {
            cue(NotPlaceRules.word(text, tokens.get(c.last() + 1)));
        }
    }

    private void cue(String noun) {
        if (CITY_WORDS.contains(noun)) {
            cityCues++;
        } else if (ADMIN_WORDS.contains(noun)) {
            adminCues++;
        }
    }

    /**
     * "Paris, Texas", "The Kingston (Ontario) Gazette": the next name, right after a comma or in brackets,
     * names the country or area of this one (and is {@link #qualifying}). Not in a list ("stops in Denver, Ohio
     * and Maine"), where the name after the comma is followed by "and" or "or".
     */
    private boolean qualifier(Gazetteer gazetteer, String text, Candidate c, Candidate next) {
        String between = text.substring(c.end(), next.start());
        boolean bracketed = " (".equals(between) && text.startsWith(")", next.end());
        if (!bracketed
                && (!", ".equals(between) && !",".equals(between)
                        || text.startsWith(" and ", next.end())
                        || text.startsWith(" or ", next.end()))) {
            return false;
        }
        // "together with Peru, Chile should appeal": a country's name is not qualified by another country's (but
        // "Paris, Texas" is the Texas town).
        boolean country = false;
        for (int index : c.entries()) {
            country |=
                    gazetteer.entry(index).kind() == Kind.COUNTRY && Gazetteer.ownName(gazetteer.entry(index), c.key());
        }
        boolean found = false;
        for (int index : next.entries()) {
            GazetteerEntry q = gazetteer.entry(index);
            if (q.kind() == Kind.COUNTRY && !country) {
                countryQualifiers.add(q.country());
                found = true;
            } else if (q.id().startsWith("admin1:")) {
                admin1Qualifiers.add(q.admin1());
                found = true;
            }
        }
        return found;
    }

    /** The name stands after a town and a comma, or in brackets, where it names that town's area ("Kingston, Ontario"). */
    boolean qualifying() {
        return qualifying;
    }

    /** "Gainesville, Ga.", "Seattle, WA", "the Bristol (Tenn.) paper". */
    private void stateAbbreviationAfter(Gazetteer gazetteer, String text, List<Token> tokens, Candidate c) {
        if (c.last() + 1 >= tokens.size() || !text.startsWith(", ", c.end()) && !text.startsWith(" (", c.end())) {
            return;
        }
        Token next = tokens.get(c.last() + 1);
        String word = text.substring(next.start(), next.end());
        String state = gazetteer.stateAbbreviation(
                next.end() < text.length() && text.charAt(next.end()) == '.' ? word + "." : word);
        if (state != null && next.start() == c.end() + 2) {
            admin1Qualifiers.add(state);
        }
    }
}
