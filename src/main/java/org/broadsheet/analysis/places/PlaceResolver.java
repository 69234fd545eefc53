package org.broadsheet.analysis.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * Chooses one gazetteer entry per name and article (one sense per document). A name qualified in the text
 * ("Gainesville, Ga.", "Paris, Texas") keeps only the entries that fit; otherwise entries score by kind and
 * size, plus the countries and regions the article talks about: those named outright, by demonym or by the
 * dateline, then
 * those of the places resolved in a first round ("Rawa" beside "Iraq" is Rawa, Iraq).
 */
final class PlaceResolver {
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "capital", "port", "suburb");
    private static final Set<String> ADMIN_WORDS = Set.of("province", "state", "county", "governorate", "region",
            "district", "parish", "prefecture", "department", "oblast");

    /** A town under 50,000 people needs the article to say something about its country, area or neighbours. */
    private static final long SMALL_TOWN = 50_000;

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The chosen entry for every candidate, in candidate order; -1 where no entry has enough support. */
    int[] resolve(String text, List<Token> tokens, List<Candidate> candidates, Map<String, Integer> demonymCountries) {
        Map<String, Evidence> byKey = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Evidence e = byKey.computeIfAbsent(c.key(), k -> new Evidence());
            kindCue(text, tokens, c, e);
            if (i + 1 < candidates.size()) {
                qualify(text, c, candidates.get(i + 1), e);
            }
            stateAbbreviationAfter(text, tokens, c, e);
        }
        Context context = new Context();
        demonymCountries.forEach((cc, n) -> context.country(null, cc, 2.0 * n));
        for (Candidate c : candidates) {
            for (int index : c.entries()) {
                GazetteerEntry entry = gazetteer.entry(index);
                if (entry.kind() == Kind.COUNTRY) {
                    context.country(c.key(), entry.country(), 3.0);
                }
            }
            for (String admin1 : byKey.get(c.key()).admin1Qualifiers) {
                context.admin1(null, admin1, 3.0);
            }
        }
        if (!candidates.isEmpty() && dateline(text, tokens, candidates.get(0))) {
            Candidate d = candidates.get(0);
            int pick = best(d.key(), d.entries(), byKey.get(d.key()), context, context, false);
            if (pick >= 0 && gazetteer.entry(pick).country() != null) {
                context.country(null, gazetteer.entry(pick).country(), 3.0);
            }
        }
        Context named = context;
        int[] chosen = choose(candidates, byKey, context, named, false);
        Context resolved = new Context();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] >= 0 && gazetteer.entry(chosen[i]).kind() != Kind.COUNTRY
                    && gazetteer.entry(chosen[i]).kind() != Kind.REGION && !gazetteer.entry(chosen[i]).id().startsWith("admin1:")) {
                resolved.anchors.add(new Anchor(candidates.get(i).key(), gazetteer.entry(chosen[i])));
            }
        }
        demonymCountries.forEach((cc, n) -> resolved.country(null, cc, 2.0 * n));
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] < 0) {
                continue;
            }
            GazetteerEntry entry = gazetteer.entry(chosen[i]);
            if (entry.country() != null) {
                resolved.country(candidates.get(i).key(), entry.country(), entry.kind() == Kind.COUNTRY ? 3.0 : 1.0);
            }
            if (entry.admin1() != null) {
                resolved.admin1(candidates.get(i).key(), entry.admin1(), entry.kind() == Kind.ADMIN ? 3.0 : 1.0);
            }
        }
        return choose(candidates, byKey, resolved, named, true);
    }

    private int[] choose(List<Candidate> candidates, Map<String, Evidence> byKey, Context context,
                         Context named, boolean lastRound) {
        Map<String, Integer> sense = new HashMap<>();
        int[] chosen = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            chosen[i] = sense.computeIfAbsent(c.key(), k -> best(k, c.entries(), byKey.get(k), context, named, lastRound));
        }
        return chosen;
    }

    private int best(String key, int[] entries, Evidence evidence, Context context, Context named, boolean lastRound) {
        boolean country = false;
        for (int index : entries) {
            country |= gazetteer.entry(index).kind() == Kind.COUNTRY;
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int index : entries) {
            GazetteerEntry e = gazetteer.entry(index);
            boolean qualified = evidence.countryQualifiers.contains(e.country()) || evidence.admin1Qualifiers.contains(e.admin1());
            double near = proximity(key, e, context);
            if (country && e.kind() == Kind.CITY && !qualified && near < 1.5) {
                continue;
            }
            boolean ownName = Gazetteer.ownName(e, key);
            if (e.kind() == Kind.CITY && e.population() < 500_000 && !qualified && named.countryWeight(key, e.country()) <= 0 && !ownName) {
                continue;
            }
            double score = prior(e) + evidence.kindBonus(e.kind()) - (ownName ? 0 : 1.5);
            double countryWeight = e.country() == null ? 0 : context.countryWeight(key, e.country());
            double admin1Weight = e.admin1() == null || e.kind() == Kind.COUNTRY ? 0 : context.admin1Weight(key, e.admin1());
            boolean supported = qualified || near > 0 || countryWeight > 0 || admin1Weight > 0 || evidence.kindBonus(e.kind()) > 0;
            if (lastRound && e.kind() == Kind.CITY && e.population() < SMALL_TOWN && !supported) {
                continue;
            }
            score += Math.min(4.0, countryWeight > 0 ? 2.0 + countryWeight / 2 : 0);
            score += Math.min(3.0, admin1Weight > 0 ? 1.5 + admin1Weight / 2 : 0);
            score += near;
            if (qualified) {
                score += 20;
            }
            if (score > bestScore) {
                best = index;
                bestScore = score;
            }
        }
        return best;
    }

    /** Places named together lie together: a bonus for being near the other places the article names. */
    private static double proximity(String key, GazetteerEntry e, Context context) {
        if (e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION || context.anchors.isEmpty()) {
            return 0;
        }
        double nearest = Double.MAX_VALUE;
        for (Anchor a : context.anchors) {
            if (!a.key().equals(key)) {
                nearest = Math.min(nearest, kilometres(e.lat(), e.lon(), a.entry().lat(), a.entry().lon()));
            }
        }
        return nearest < 50 ? 2.5 : nearest < 150 ? 1.5 : nearest < 300 ? 0.7 : 0;
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
                + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    private record Anchor(String key, GazetteerEntry entry) {
    }

    private static double prior(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> 10.5;
            case REGION -> 9.5;
            case ADMIN -> e.id().startsWith("admin1:") ? 7.0 + Math.log10(e.population() + 1.0) / 100
                    : 4.0 + Math.log10(e.population() + 1.0) / 2;
            case CITY -> Math.log10(e.population() + 1.0) + (e.seat() == 2 ? 2.0 : e.seat() == 1 ? 0.7 : 0);
        };
    }

    private void kindCue(String text, List<Token> tokens, Candidate c, Evidence e) {
        if (c.first() >= 2 && "of".equals(NotPlaceRules.word(text, tokens.get(c.first() - 1)))) {
            String noun = NotPlaceRules.word(text, tokens.get(c.first() - 2));
            e.cue(CITY_WORDS.contains(noun) ? Kind.CITY : ADMIN_WORDS.contains(noun) ? Kind.ADMIN : null);
        }
        if (c.last() + 1 < tokens.size() && !tokens.get(c.last()).possessive() && !tokens.get(c.last() + 1).capitalised()) {
            String noun = NotPlaceRules.word(text, tokens.get(c.last() + 1));
            e.cue(CITY_WORDS.contains(noun) ? Kind.CITY : ADMIN_WORDS.contains(noun) ? Kind.ADMIN : null);
        }
    }

    /** "RAMADI, Iraq —", "KIRKUK (Reuters) -": the place an article was filed from opens its body. */
    private static boolean dateline(String text, List<Token> tokens, Candidate c) {
        if (c.first() != 0) {
            return false;
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 3));
        return tokens.get(0).allCaps() || after.startsWith(" \u2014") || after.startsWith(" \u2013")
                || after.startsWith(" -") || after.startsWith(" (");
    }

    /** "Paris, Texas": the next candidate, right after a comma, names the country or area of this one. */
    private void qualify(String text, Candidate c, Candidate next, Evidence e) {
        String between = text.substring(c.end(), next.start());
        if (!", ".equals(between) && !",".equals(between)) {
            return;
        }
        for (int index : next.entries()) {
            GazetteerEntry q = gazetteer.entry(index);
            if (q.kind() == Kind.COUNTRY) {
                e.countryQualifiers.add(q.country());
            } else if (q.id().startsWith("admin1:")) {
                e.admin1Qualifiers.add(q.admin1());
            }
        }
    }

    private void stateAbbreviationAfter(String text, List<Token> tokens, Candidate c, Evidence e) {
        if (c.last() + 1 >= tokens.size() || !text.startsWith(", ", c.end())) {
            return;
        }
        Token next = tokens.get(c.last() + 1);
        String word = text.substring(next.start(), next.end());
        String state = gazetteer.stateAbbreviation(next.end() < text.length() && text.charAt(next.end()) == '.' ? word + "." : word);
        if (state != null && next.start() == c.end() + 2) {
            e.admin1Qualifiers.add(state);
        }
    }

    /** The countries and areas an article talks about, and how much of that each name itself contributed. */
    private static final class Context {
        private final Map<String, Double> countries = new HashMap<>();
        private final Map<String, Double> admin1 = new HashMap<>();
        private final Map<String, Double> own = new HashMap<>();
        final List<Anchor> anchors = new java.util.ArrayList<>();

        void country(String key, String code, double weight) {
            countries.merge(code, weight, Double::sum);
            own.merge(key + "\tc" + code, weight, Double::sum);
        }

        void admin1(String key, String code, double weight) {
            admin1.merge(code, weight, Double::sum);
            own.merge(key + "\ta" + code, weight, Double::sum);
        }

        /** Support for a country from the rest of the article (a name does not vouch for itself). */
        double countryWeight(String key, String code) {
            return countries.getOrDefault(code, 0.0) - own.getOrDefault(key + "\tc" + code, 0.0);
        }

        double admin1Weight(String key, String code) {
            return admin1.getOrDefault(code, 0.0) - own.getOrDefault(key + "\ta" + code, 0.0);
        }
    }

    /** What the article says about one name across its mentions. */
    private static final class Evidence {
        int cityCues;
        int adminCues;
        final java.util.Set<String> countryQualifiers = new java.util.HashSet<>();
        final java.util.Set<String> admin1Qualifiers = new java.util.HashSet<>();

        void cue(Kind kind) {
            if (kind == Kind.CITY) {
                cityCues++;
            } else if (kind == Kind.ADMIN) {
                adminCues++;
            }
        }

        double kindBonus(Kind kind) {
            return kind == Kind.CITY && cityCues > 0 || kind == Kind.ADMIN && adminCues > 0 ? 2.5 : 0;
        }
    }
}
