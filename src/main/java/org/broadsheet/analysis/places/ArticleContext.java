package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * What an article says about where it is: how strongly it points at each country and first-level area, and
 * which places it has already been read to name. Remembers what each name contributed, so that a name never
 * vouches for itself ("Florida" read as a Puerto Rican municipio does not make the town of Florida, PR likely).
 */
final class ArticleContext {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> admin1 = new HashMap<>();
    private final Map<String, Double> own = new HashMap<>();
    /** The codes each name contributed to, "c" or "a" first: what {@link #forget} takes back. */
    private final Map<String, List<String>> codesByKey = new HashMap<>();

    private final List<Anchor> anchors = new ArrayList<>();

    private record Anchor(String key, GazetteerEntry entry) {}

    /** @param key the name that points at the country, or null for evidence that is no name (a demonym) */
    void country(String key, String code, double weight) {
        countries.merge(code, weight, Double::sum);
        contribute(key, "c" + code, weight);
    }

    void admin1(String key, String code, double weight) {
        admin1.merge(code, weight, Double::sum);
        contribute(key, "a" + code, weight);
    }

    private void contribute(String key, String code, double weight) {
        if (own.merge(key + "\t" + code, weight, Double::sum) == weight) {
            codesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
        }
    }

    /** Takes back everything a name contributed, for it to be read again. */
    void forget(String key) {
        for (String code : codesByKey.getOrDefault(key, List.of())) {
            Double w = own.remove(key + "\t" + code);
            if (w != null) {
                (code.charAt(0) == 'c' ? countries : admin1).merge(code.substring(1), -w, Double::sum);
            }
        }
        codesByKey.remove(key);
        anchors.removeIf(a -> a.key().equals(key));
    }

    /** A place the article has been read to name, that others may lie near. */
    void anchor(String key, GazetteerEntry entry) {
        anchors.add(new Anchor(key, entry));
    }

    /** Support for a country from the rest of the article. */
    double countryWeight(String key, String code) {
        return code == null ? 0 : countries.getOrDefault(code, 0.0) - own.getOrDefault(key + "\tc" + code, 0.0);
    }

    double admin1Weight(String key, String code) {
        return code == null ? 0 : admin1.getOrDefault(code, 0.0) - own.getOrDefault(key + "\ta" + code, 0.0);
    }

    /**
     * Places named together lie together: a bonus for lying within 50, 150 or 300 km of a place another name
     * of the article was read as (the spatial-minimality idea of CLAVIN and similar resolvers).
     */
    double proximity(String key, GazetteerEntry e) {
        if (e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION || anchors.isEmpty()) {
            return 0;
        }
        double nearest = Double.MAX_VALUE;
        for (Anchor a : anchors) {
            if (!a.key().equals(key) && !a.entry().id().equals(e.id())) {
                nearest = Math.min(
                        nearest,
                        kilometres(e.lat(), e.lon(), a.entry().lat(), a.entry().lon()));
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
}
