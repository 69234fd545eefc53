package org.broadsheet.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;

/**
 * Makes article slugs unique: the first article (in source path order) keeps its slug, the next ones
 * get {@code -2}, {@code -3}, ... and a warning names both files.
 */
public final class SlugAssigner {
    private SlugAssigner() {}

    /** @param articles in source path order, so the outcome does not depend on thread timing */
    public static List<Article> assign(List<Article> articles, Consumer<Problem> warnings) {
        Set<String> taken = new HashSet<>();
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String slug = a.slug();
            if (taken.contains(slug)) {
                int n = 2;
                while (taken.contains(a.slug() + "-" + n)) {
                    n++;
                }
                slug = a.slug() + "-" + n;
                warnings.accept(new Problem(
                        a.source(),
                        "slug '" + a.slug() + "' is already used by " + owner.get(a.slug())
                                + "; this article is published as '" + slug + "'",
                        false));
            }
            taken.add(slug);
            owner.putIfAbsent(slug, a.source());
            out.add(slug.equals(a.slug()) ? a : a.withSlug(slug));
        }
        return out;
    }
}
