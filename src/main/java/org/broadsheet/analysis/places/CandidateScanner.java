package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.text.Lexicon;

/**
 * Finds gazetteer names in one pass over the words: from each capitalised word, the longest run of words
 * (capitalised, or joining particles such as "de" and "al-Zawr") that the gazetteer knows; "Loudon Co." is
 * read as Loudon County. A possessive ends a name ("Iraq’s Mosul" gives "Iraq" and "Mosul") unless the
 * gazetteer knows a longer one through it ("People's Republic of China"); punctuation between words ends it.
 */
final class CandidateScanner {
    static final int MAX_WORDS = 6;
    private static final Lexicon PARTICLES = Lexicon.load("place-name-particles");

    private static final Set<String> ABBREVIATED = Set.of("st", "ste", "mt", "ft", "pt", "co");

    private final Gazetteer gazetteer;

    CandidateScanner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> scan(String text, List<Token> tokens) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.capitalised()) {
                i++;
                continue;
            }
            int best = -1;
            int[] bestEntries = null;
            String bestKey = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size() && j < i + MAX_WORDS; j++) {
                Token t = tokens.get(j);
                if (j > i
                        && (!joined(text, tokens.get(j - 1), t)
                                || !t.capitalised() && !PARTICLES.contains(text.substring(t.start(), t.end())))) {
                    break;
                }
                // A possessive ends a name ("Iraq’s Mosul") unless the gazetteer knows a name that goes on
                // through it ("People's Republic of China").
                boolean county = j > i && text.startsWith("Co.", t.start()) && t.end() - t.start() == 2;
                String key = Gazetteer.key(
                        county
                                ? text.substring(first.start(), t.start()) + "County"
                                : text.substring(first.start(), t.end()));
                int[] entries = gazetteer.lookup(key);
                if (entries.length > 0) {
                    best = j;
                    bestEntries = entries;
                    bestKey = key;
                    bestEnd = county ? t.end() + 1 : t.end();
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            if (best > i
                    && "City"
                            .equals(text.substring(
                                    tokens.get(best).start(), tokens.get(best).end()))) {
                String shortKey = Gazetteer.key(
                        text.substring(first.start(), tokens.get(best - 1).end()));
                if (cityAsWord(bestKey, bestEntries, gazetteer.lookup(shortKey))) {
                    best--;
                    bestKey = shortKey;
                    bestEntries = gazetteer.lookup(shortKey);
                    bestEnd = tokens.get(best).end();
                }
            }
            Candidate c = new Candidate(i, best, first.start(), bestEnd, bestKey, bestEntries);
            found.add(withDistrict(text, c));
            i = best + 1;
        }
        return countyLists(text, tokens, found);
    }

    /**
     * "Washington, D.C." names the capital, and only that mention: it is read under its own key, so that the
     * article's other "Washington"s (the state, often) are read on their own.
     */
    private Candidate withDistrict(String text, Candidate c) {
        if (!text.startsWith(", D.C.", c.end()) && !text.startsWith(" D.C.", c.end())) {
            return c;
        }
        int[] district = java.util.Arrays.stream(c.entries())
                .filter(e -> "US.DC".equals(gazetteer.entry(e).admin1()))
                .toArray();
        return district.length == 0
                ? c
                : new Candidate(c.first(), c.last(), c.start(), c.end(), c.key() + " d.c.", district);
    }

    /**
     * "Becker, Otter Tail and Clay counties": each name of a list that ends in "counties" (or "parishes") is that
     * county, whether or not the short name alone is a town the gazetteer knows; but a state's or a country's
     * name alone before "counties" is that state ("Ohio counties").
     */
    private List<Candidate> countyLists(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> counties = new ArrayList<>();
        for (int k = 1; k < tokens.size(); k++) {
            String word = text.substring(tokens.get(k).start(), tokens.get(k).end());
            String head = word.equals("counties") ? " county" : word.equals("parishes") ? " parish" : null;
            if (head == null || !joined(text, tokens.get(k - 1), tokens.get(k))) {
                continue;
            }
            int end = k - 1;
            List<Candidate> list = new ArrayList<>();
            while (end >= 0 && tokens.get(end).capitalised()) {
                int start = end;
                while (start > 0
                        && end - start < 2
                        && tokens.get(start - 1).capitalised()
                        && !tokens.get(start - 1).sentenceStart()
                        && text.substring(
                                        tokens.get(start - 1).end(),
                                        tokens.get(start).start())
                                .equals(" ")) {
                    start--;
                }
                Token first = tokens.get(start);
                String key = Gazetteer.key(
                                text.substring(first.start(), tokens.get(end).end()))
                        + head;
                int[] entries = gazetteer.lookup(key);
                if (entries.length > 0) {
                    list.add(new Candidate(
                            start, end, first.start(), tokens.get(end).end(), key, entries));
                }
                String gap = start > 0 ? text.substring(tokens.get(start - 1).end(), first.start()) : "";
                boolean and = start > 1
                        && (gap.equals(" ") || gap.equals(", "))
                        && ("and"
                                        .equals(text.substring(
                                                tokens.get(start - 1).start(),
                                                tokens.get(start - 1).end()))
                                || "or"
                                        .equals(text.substring(
                                                tokens.get(start - 1).start(),
                                                tokens.get(start - 1).end())));
                if (and) {
                    end = start - 2;
                    if (!text.substring(
                                    tokens.get(end).end(), tokens.get(start - 1).start())
                            .matches(",? ")) {
                        break;
                    }
                } else if (gap.equals(", ") && !tokens.get(start - 1).possessive()) {
                    end = start - 1;
                } else {
                    break;
                }
            }
            // "Ohio counties", "three Texas counties": a state's name alone before "counties" is the state.
            if (list.size() > 1
                    || list.size() == 1
                            && !stateOrCountry(Gazetteer.key(text.substring(
                                    list.get(0).start(), list.get(0).end())))) {
                counties.addAll(list);
            }
        }
        if (counties.isEmpty()) {
            return found;
        }
        List<Candidate> merged = new ArrayList<>(found.size() + counties.size());
        for (Candidate c : found) {
            if (counties.stream().noneMatch(x -> x.start() < c.end() && c.start() < x.end())) {
                merged.add(c);
            }
        }
        merged.addAll(counties);
        merged.sort(java.util.Comparator.comparingInt(Candidate::start));
        return merged;
    }

    private boolean stateOrCountry(String key) {
        for (int e : gazetteer.lookup(key)) {
            GazetteerEntry entry = gazetteer.entry(e);
            if (entry.kind() == GazetteerEntry.Kind.COUNTRY || entry.id().startsWith("admin1:")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dublin City Council": "Dublin City" is only another name of a place called Dublin, so the name is
     * "Dublin" and reads like every other "Dublin" of the article; "Mexico City" and "Kansas City" stay whole.
     */
    private boolean cityAsWord(String longKey, int[] longEntries, int[] shortEntries) {
        if (shortEntries.length == 0) {
            return false;
        }
        for (int e : longEntries) {
            if (Gazetteer.ownName(gazetteer.entry(e), longKey)
                    || java.util.Arrays.stream(shortEntries).noneMatch(x -> x == e)) {
                return false;
            }
        }
        return true;
    }

    /** Only a space or a hyphen between two words of one name, or the dot of "St. Louis" and "Mt. Airy". */
    static boolean joined(String text, Token before, Token after) {
        int from = before.possessive() ? before.end() + 2 : before.end();
        String gap = text.substring(from, after.start());
        return gap.equals(" ")
                || gap.equals("-")
                || gap.equals(" - ")
                || gap.equals(". ")
                        && ABBREVIATED.contains(
                                text.substring(before.start(), before.end()).toLowerCase(Locale.ROOT));
    }
}
