package org.broadsheet.index;

import java.util.List;
import org.broadsheet.model.Article;

/** A resolved place across the archive, with every article that mentions it. */
public record PlaceEntry(String slug, String id, String name, String country, String kind, double lat, double lon,
                         List<Article> articles, int mentions) {
    public PlaceEntry {
        articles = List.copyOf(articles);
    }
}
