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
        for (Article a : newestFirst) {
            for (PlaceMention p : a.extraction().places()) {
                sample.putIfAbsent(p.id(), p);
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
            String base = Slugs.slugify(p.name(), "place");
            String slug = base;
            if (entries.containsKey(slug)) {
                slug = base + "-" + Slugs.slugify(p.country(), "xx");
            }
            if (entries.containsKey(slug)) {
                slug = base + "-" + Slugs.slugify(p.id(), "id");
            }
            ids.put(p.id(), slug);
            entries.put(slug, new PlaceEntry(slug, p.id(), p.name(), p.country(), p.kind(), p.lat(), p.lon(),
                    articles.get(p.id()), mentions.get(p.id())));
        }
        this.bySlug = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.slugById = Collections.unmodifiableMap(ids);
    }

    public Map<String, PlaceEntry> all() {
        return bySlug;
    }

    /** The slug of the place page for a gazetteer id, or null when no article mentions it. */
    public String slugFor(String placeId) {
        return slugById.get(placeId);
    }
}
