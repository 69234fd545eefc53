package org.broadsheet.index;

import java.util.List;
import org.broadsheet.model.Article;

/**
 * A resolved place across the archive, with every article that mentions it.
 *
 * @param name          the name pages show: the archive's most common way of writing it
 * @param gazetteerName the gazetteer's name for it
 */
public record PlaceEntry(
        String slug,
        String id,
        String name,
        String gazetteerName,
        String country,
        String kind,
        double lat,
        double lon,
        List<Article> articles,
        int mentions) {
    public PlaceEntry {
        articles = List.copyOf(articles);
    }
}
