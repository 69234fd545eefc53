package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.broadsheet.model.Article;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Span;

/**
 * Recognises a rebuild in which only article bodies changed, the common case while someone edits an
 * archive under {@code serve}. Every page except an article's own shows only what the archive's
 * indexes know of an article: its file, slug, title, date, front matter, summary and what analysis
 * found in it (quotes, people, places, dates, timeline events), though not where in the text. When
 * all of that is equal for every article, in the same order, the lists, person, place, quote, tag and timeline pages, the feed and
 * the sitemap are what they were, and only the edited articles' own pages need rendering again.
 */
final class BodyOnlyEdits {
    private BodyOnlyEdits() {}

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
                continue; // the same loaded article: its file did not change
            }
            if (!sameIndexedFields(was, is)) {
                return Optional.empty();
            }
            if (!was.contentHash().equals(is.contentHash()) || was.markdown() != is.markdown()) {
                edited.add(is);
            }
        }
        return Optional.of(edited);
    }

    /** Everything of an article that a page other than its own can show or depend on. */
    private static boolean sameIndexedFields(Article a, Article b) {
        return a.source().equals(b.source())
                && a.slug().equals(b.slug())
                && a.title().equals(b.title())
                && a.titleDerived() == b.titleDerived()
                && Objects.equals(a.date(), b.date())
                && a.frontMatter().equals(b.frontMatter())
                && a.summary().equals(b.summary())
                && sameFindings(a.extraction(), b.extraction())
                && same(
                        a.events(),
                        b.events(),
                        (x, y) -> x.value().equals(y.value()) && x.sentence().equals(y.sentence()));
    }

    /**
     * The same quotes, dates, places and people, in the same order, wherever they now stand in the
     * text: an edit above them moves their offsets, which no page but the article's own shows (the
     * others use them only to keep an article's findings in text order, which such an edit keeps).
     */
    private static boolean sameFindings(Extraction a, Extraction b) {
        return same(
                        a.quotes(),
                        b.quotes(),
                        (x, y) -> x.text().equals(y.text())
                                && x.kind() == y.kind()
                                && Objects.equals(x.speaker(), y.speaker())
                                && sameText(x.speakerMention(), y.speakerMention()))
                && same(
                        a.dates(),
                        b.dates(),
                        (x, y) -> x.text().equals(y.text())
                                && x.type() == y.type()
                                && Objects.equals(x.value(), y.value()))
                && same(
                        a.places(),
                        b.places(),
                        (x, y) -> x.text().equals(y.text())
                                && x.id().equals(y.id())
                                && x.name().equals(y.name())
                                && Objects.equals(x.country(), y.country())
                                && Double.compare(x.lat(), y.lat()) == 0
                                && Double.compare(x.lon(), y.lon()) == 0
                                && Objects.equals(x.kind(), y.kind())
                                && Objects.equals(x.form(), y.form()))
                && same(
                        a.people(),
                        b.people(),
                        (x, y) -> x.name().equals(y.name())
                                && Objects.equals(x.role(), y.role())
                                && same(x.mentions(), y.mentions(), BodyOnlyEdits::sameText));
    }

    private static boolean sameText(Span a, Span b) {
        return a == null ? b == null : b != null && a.text().equals(b.text());
    }

    private static <T> boolean same(List<T> a, List<T> b, BiPredicate<T, T> equal) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
