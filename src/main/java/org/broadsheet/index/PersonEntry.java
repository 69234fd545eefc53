package org.broadsheet.index;

import java.util.List;
import org.broadsheet.model.Article;

/**
 * A person across the archive: one entry per normalised full name.
 *
 * @param role     the first role the archive gives them, or null
 * @param mentions how many times they are mentioned in all
 */
public record PersonEntry(
        String slug, String name, String role, List<QuoteRef> quotes, List<Article> articles, int mentions) {
    public PersonEntry {
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
    }
}
