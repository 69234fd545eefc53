package org.broadsheet.index;

import java.util.Comparator;
import org.broadsheet.model.Article;

/** Newest first; undated articles after dated ones; ties broken by title, then slug, so order is stable. */
public final class ArticleOrder {
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(
                    Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::slug);

    private ArticleOrder() {}
}
