package org.broadsheet.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.broadsheet.model.Article;

/**
 * Recognises a rebuild in which only article bodies changed, the common case while someone edits an
 * archive under {@code serve}. Every page except an article's own shows only what the archive's
 * indexes know of an article: its file, slug, title, date, front matter, summary and what analysis
 * found in it (quotes, people, places, dates, timeline events). When all of that is equal for every
 * article, in the same order, the lists, person, place, quote, tag and timeline pages, the feed and
 * the sitemap are what they were, and only the edited articles' own pages need rendering again.
 */
final class BodyOnlyEdits {
    private BodyOnlyEdits() {
    }

    /**
     * The articles whose own pages must be rendered again (empty when no article changed), or empty
     * when some other page may show something new and the whole site must be considered.
     */
    static Optional<List<Article>> find(List<Article> before, List<Article> now) {
        if (before.size() != now.size()) {
            return Optional.empty();
        }
        List<Article> edited = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Article was = before.get(i);
            Article is = now.get(i);
            if (was == is) {
                continue;        // the same loaded article: its file did not change
            }
            if (!sameIndexedFields(was, is)) {
                return Optional.empty();
            }
            if (!was.contentHash().equals(is.contentHash()) || was.markdown() != is.markdown()
                    || !was.body().equals(is.body())) {
                edited.add(is);
            }
        }
        return Optional.of(edited);
    }

    /** Everything of an article that a page other than its own can show or depend on. */
    private static boolean sameIndexedFields(Article a, Article b) {
        return a.source().equals(b.source()) && a.slug().equals(b.slug()) && a.title().equals(b.title())
                && a.titleDerived() == b.titleDerived() && Objects.equals(a.date(), b.date())
                && a.frontMatter().equals(b.frontMatter()) && a.summary().equals(b.summary())
                && a.extraction().equals(b.extraction()) && a.events().equals(b.events());
    }
}
