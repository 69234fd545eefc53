package org.broadsheet.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;
import org.broadsheet.model.PlaceMention;

/**
 * Places across the archive, one per gazetteer id. Slugs come from the place name; a second place of
 * the same name gets its country code, then its id, so every slug is unique and stable.
 */
public final class Places {
    private final Map<String, PlaceEntry> bySlug;
    private final Map<String, String> slugById;

    Places(List<Article> newestFirst) {
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, PlaceMention> sample = new TreeMap<>();
        Map<String, Map<String, Integer>> written = new TreeMap<>();
        for (Article a : newestFirst) {
            for (PlaceMention p : a.extraction().places()) {
                sample.putIfAbsent(p.id(), p);
                written.computeIfAbsent(p.id(), k -> new TreeMap<>()).merge(asWritten(p.text()), 1, Integer::sum);
                mentions.merge(p.id(), 1, Integer::sum);
                List<Article> list = articles.computeIfAbsent(p.id(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != a) {
                    list.add(a);
                }
            }
        }
        Map<String, String> ids = new TreeMap<>();
        Map<String, PlaceEntry> entries = new TreeMap<>();
        for (PlaceMention p : sample.values()) {
            String name = displayName(p, written.get(p.id()));
            String base = Slugs.slugify(name, "place");
            String slug = base;
            if (entries.containsKey(slug)) {
                slug = base + "-" + Slugs.slugify(p.country(), "xx");
            }
            if (entries.containsKey(slug)) {
                slug = base + "-" + Slugs.slugify(p.id(), "id");
            }
            ids.put(p.id(), slug);
            entries.put(
                    slug,
                    new PlaceEntry(
                            slug,
                            p.id(),
                            name,
                            p.name(),
                            p.country(),
                            p.kind(),
                            p.lat(),
                            p.lon(),
                            articles.get(p.id()),
                            mentions.get(p.id())));
        }
        this.bySlug = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.slugById = Collections.unmodifiableMap(ids);
    }

    /**
     * The name pages show: for towns, how the archive's articles write the place most often ("Galway"),
     * which reads better than a gazetteer's local name ("Gaillimh").
     */
    private static String displayName(PlaceMention p, Map<String, Integer> forms) {
        String best = p.name();
        if ("country".equals(p.kind()) || "region".equals(p.kind())) {
            return best; // country and region names come from English-language data already
        }
        int count = 0;
        for (Map.Entry<String, Integer> f : forms.entrySet()) {
            if (f.getValue() > count && f.getKey().length() > 1 && !abbreviation(f.getKey())) {
                best = f.getKey();
                count = f.getValue();
            }
        }
        return best;
    }

    /** "N.B.", "Ga.", "NY": how a text shortens a name, never how a page should title it. */
    private static boolean abbreviation(String form) {
        return form.indexOf('.') >= 0 || form.length() <= 3 && form.equals(form.toUpperCase(java.util.Locale.ROOT));
    }

    /** The mention as a name: "GALWAY" in a dateline counts as "Galway"; a possessive is dropped. */
    private static String asWritten(String text) {
        String t = text.strip();
        if (t.endsWith("'s") || t.endsWith("’s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.length() > 3 && t.indexOf('.') < 0) {
            StringBuilder out = new StringBuilder();
            for (String w : t.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                out.append(out.length() > 0 ? " " : "")
                        .append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            return out.toString();
        }
        return t;
    }

    public Map<String, PlaceEntry> all() {
        return bySlug;
    }

    /** The slug of the place page for a gazetteer id, or null when no article mentions it. */
    public String slugFor(String placeId) {
        return slugById.get(placeId);
    }
}
