package org.broadsheet.index;

import java.util.List;
import org.broadsheet.model.Article;

/** A front matter tag and its articles, newest first. */
public record TagEntry(String slug, String name, List<Article> articles) {
    public TagEntry {
        articles = List.copyOf(articles);
    }
}
