package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * Chooses one gazetteer entry per name and article (one sense per document). A name qualified in the text
 * ("Gainesville, Ga.", "Paris, Texas") keeps only the entries that fit. Otherwise entries score by kind and
 * size plus what the article says: in a first round, the countries it names outright, by demonym or by its
 * dateline ("Rawa" beside "Iraq" is Rawa, Iraq); in a second, also the countries and areas of the places read
 * in the first round, and their nearness ({@link ArticleContext}).
 */
final class PlaceResolver {
    /** A town under 50,000 people needs the article to say something about its country, area or neighbours. */
    private static final long SMALL_TOWN = 50_000;
    /** Below this, a town known by an alternate name only ("Hamas" for Hamm) needs its country named. */
    private static final long KNOWN_BY_OTHER_NAMES = 500_000;
    /** Below this, a town named like a US state ("Florida", New York) is the state unless the text qualifies it. */
    private static final long STATE_NAMESAKE = 100_000;

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The chosen entry for every candidate, in candidate order; -1 where no entry has enough support. */
    int[] resolve(
            String text,
            List<Token> tokens,
            List<Candidate> candidates,
            Map<String, Integer> demonymCountries,
            Map<String, Integer> stateMentions) {
        Map<String, NameEvidence> evidence = NameEvidence.collect(gazetteer, text, tokens, candidates);
        Map<String, int[]> names = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            names.putIfAbsent(c.key(), c.entries());
        }
        Neighbours neighbours = new Neighbours(gazetteer, names);
        ArticleContext named = new ArticleContext();
        demonymCountries.forEach((cc, n) -> named.country(null, cc, 2.0 * n));
        stateMentions.forEach((code, n) -> named.admin1(null, code, 3.0 * n));
        for (Candidate c : candidates) {
            for (int index : c.entries()) {
                if (gazetteer.entry(index).kind() == Kind.COUNTRY) {
                    named.country(c.key(), gazetteer.entry(index).country(), 3.0);
                }
            }
            for (String admin1 : evidence.get(c.key()).admin1Qualifiers()) {
                named.admin1(null, admin1, 3.0);
            }
        }
        Candidate d = dateline(text, tokens, candidates);
        if (d != null) {
            evidence.get(d.key()).dateline();
            int pick = best(d.key(), d.entries(), evidence.get(d.key()), named, named, neighbours, false)
                    .index();
            if (pick >= 0 && gazetteer.entry(pick).country() != null) {
                named.country(null, gazetteer.entry(pick).country(), 3.0);
            }
        }
        Map<String, Pick> first = choose(candidates, evidence, named, named, neighbours);
        ArticleContext resolved = new ArticleContext();
        demonymCountries.forEach((cc, n) -> resolved.country(null, cc, 2.0 * n));
        stateMentions.forEach((code, n) -> resolved.admin1(null, code, 3.0 * n));
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            mentions.merge(c.key(), 1, Integer::sum);
        }
        mentions.forEach((key, n) -> read(resolved, key, first.get(key).index(), n));
        // Second round, most certain names first: each name is read against the final readings of the names
        // read before it, so that two names cannot swap each other's state ("Richmond" moving to Kentucky beside
        // a first-read Lexington, Kentucky while "Lexington" moves to Virginia beside a first-read Richmond).
        List<String> order = new ArrayList<>(mentions.keySet());
        order.sort(Comparator.comparingDouble((String k) -> -first.get(k).margin()));
        Map<String, Integer> sense = new HashMap<>();
        Map<String, Candidate> byKey = new HashMap<>();
        for (Candidate c : candidates) {
            byKey.putIfAbsent(c.key(), c);
        }
        for (String key : order) {
            int pick = best(key, byKey.get(key).entries(), evidence.get(key), resolved, named, neighbours, true)
                    .index();
            if (pick != first.get(key).index()) {
                resolved.forget(key);
                read(resolved, key, pick, mentions.get(key));
            }
            sense.put(key, pick);
        }
        int[] chosen = new int[candidates.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = sense.get(candidates.get(i).key());
        }
        return chosen;
    }

    /** What one reading of a name, mentioned {@code times} times, says about the article. */
    private void read(ArticleContext context, String key, int index, int times) {
        if (index < 0) {
            return;
        }
        GazetteerEntry entry = gazetteer.entry(index);
        if (entry.kind() == Kind.CITY || entry.id().startsWith("admin2:")) {
            context.anchor(key, entry);
        }
        if (entry.country() != null) {
            context.country(key, entry.country(), times * (entry.kind() == Kind.COUNTRY ? 3.0 : 1.0));
        }
        if (entry.admin1() != null) {
            context.admin1(key, entry.admin1(), times * (entry.kind() == Kind.ADMIN ? 3.0 : 1.0));
        }
    }

    /** The chosen entry of a name and how far it led the next best one. */
    private record Pick(int index, double margin) {}

    private Map<String, Pick> choose(
            List<Candidate> candidates,
            Map<String, NameEvidence> evidence,
            ArticleContext context,
            ArticleContext named,
            Neighbours neighbours) {
        Map<String, Pick> sense = new HashMap<>();
        for (Candidate c : candidates) {
            sense.computeIfAbsent(
                    c.key(), k -> best(k, c.entries(), evidence.get(k), context, named, neighbours, false));
        }
        return sense;
    }

    private Pick best(
            String key,
            int[] entries,
            NameEvidence evidence,
            ArticleContext context,
            ArticleContext named,
            Neighbours neighbours,
            boolean lastRound) {
        Rivals rivals = rivals(key, entries);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int index : entries) {
            GazetteerEntry e = gazetteer.entry(index);
            boolean qualified = evidence.qualifies(e);
            double near = context.proximity(key, e);
            double beside = neighbours.bonus(key, index);
            boolean ownName = Gazetteer.ownName(e, key);
            double countryWeight = context.countryWeight(key, e.country());
            double admin1Weight = e.kind() == Kind.COUNTRY ? 0 : context.admin1Weight(key, e.admin1());
            boolean supported = qualified
                    || near > 0
                    || beside > 0
                    || countryWeight > 0
                    || admin1Weight > 0
                    || evidence.kindBonus(e.kind()) > 0
                    || evidence.locative();
            if (e.kind() == Kind.CITY
                    && !qualified
                    && (yieldsToRival(e, ownName, near, rivals, evidence)
                            || !ownName
                                    && e.population() < KNOWN_BY_OTHER_NAMES
                                    && named.countryWeight(key, e.country()) <= 0
                            || lastRound && e.population() < SMALL_TOWN && !supported)) {
                continue;
            }
            double score = prior(e)
                    + evidence.kindBonus(e.kind())
                    - (ownName ? 0 : 1.5)
                    + near
                    + beside
                    + Math.min(4.0, countryWeight > 0 ? 2.0 + countryWeight / 2 : 0)
                    + Math.min(3.0, admin1Weight > 0 ? 1.5 + admin1Weight / 2 : 0)
                    + (qualified ? 20 : 0);
            if (score > bestScore) {
                best = index;
                second = bestScore;
                bestScore = score;
            } else if (score > second) {
                second = score;
            }
        }
        return new Pick(best, best < 0 ? Double.NEGATIVE_INFINITY : bestScore - second);
    }

    /** What else a name may denote, that a town of that name must give way to. */
    private record Rivals(boolean country, boolean area, boolean usState, boolean bigCity, long ownTown) {}

    private Rivals rivals(String key, int[] entries) {
        boolean country = false;
        boolean area = false;
        boolean usState = false;
        boolean bigCity = false;
        long ownTown = -1;
        for (int index : entries) {
            GazetteerEntry e = gazetteer.entry(index);
            boolean ownName = Gazetteer.ownName(e, key);
            boolean admin1 = e.id().startsWith("admin1:") && ownName;
            country |= e.kind() == Kind.COUNTRY;
            area |= e.kind() == Kind.COUNTRY || admin1;
            usState |= admin1 && "US".equals(e.country());
            bigCity |= e.kind() == Kind.CITY && e.population() >= KNOWN_BY_OTHER_NAMES;
            if (e.kind() == Kind.CITY && ownName) {
                ownTown = Math.max(ownTown, e.population());
            } else if ((e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION) && ownName) {
                ownTown = Long.MAX_VALUE;
            }
        }
        return new Rivals(country, area, usState, bigCity, ownTown);
    }

    /** Whether a town the text does not qualify gives way to another thing of its name. */
    private static boolean yieldsToRival(
            GazetteerEntry town, boolean ownName, double near, Rivals rivals, NameEvidence evidence) {
        // A country of the name, unless the town lies near the article's other places.
        return rivals.country() && near < 2.5
                // "Kingston, Ontario": after a town and a comma, a name is the province, not Ontario, California; but
                // one sense per article must not make every "New York" or "Washington" the state.
                || rivals.area() && !rivals.bigCity() && evidence.qualifying()
                // "a man in Florida": the state, not the village of Florida, New York.
                || rivals.usState() && "US".equals(town.country()) && town.population() < STATE_NAMESAKE
                // A town known by this name only as one of its alternate names yields to a larger town, a country or
                // a region whose own name it is ("Santa Rosa" is also listed for a village near it; "Mexico" for
                // Mexico City; "Atlantic" for a New York village).
                || !ownName && town.population() < rivals.ownTown();
    }

    /** Kind and size: countries, then regions, first-level areas, counties by people, towns by people and rank. */
    private static double prior(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> 10.5;
            case REGION -> 9.5;
            case ADMIN ->
                e.id().startsWith("admin1:")
                        ? 7.0 + Math.log10(e.population() + 1.0) / 100
                        : 4.0 + Math.log10(e.population() + 1.0) / 2;
            case CITY -> Math.log10(e.population() + 1.0) + (e.seat() == 2 ? 2.0 : e.seat() == 1 ? 0.7 : 0);
        };
    }

    /**
     * "RAMADI, Iraq —", "KIRKUK (Reuters) -", "ELKTON --": the place an article was filed from, opening its
     * body or its first lines, in capitals or followed by a dash or a parenthesis.
     */
    private static Candidate dateline(String text, List<Token> tokens, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.start() > 300) {
                return null;
            }
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + 3));
            boolean dash = after.startsWith(" \u2014")
                    || after.startsWith(" \u2013")
                    || after.startsWith(" -")
                    || after.startsWith(" (");
            boolean capitals = tokens.get(c.first()).allCaps() && c.end() - c.start() >= 4;
            if ((c.first() == 0 || tokens.get(c.first()).sentenceStart())
                    && (dash || capitals && after.startsWith(","))) {
                return c;
            }
        }
        return null;
    }
}
