package org.broadsheet.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;

/**
 * Every article of a build and the ways into them: by date, tag, person, place and quote. Immutable;
 * built once after analysis, read by every renderer in parallel.
 */
public final class Archive {
    private final List<Article> articles;
    private final Map<String, Integer> position = new HashMap<>();
    private final TreeMap<Integer, TreeMap<Integer, List<Article>>> byYearMonth =
            new TreeMap<>(Comparator.reverseOrder());
    private final List<Article> undated = new ArrayList<>();
    private final Map<String, TagEntry> tags;
    private final People people;
    private final Places places;
    private final List<QuoteRef> quotes;
    /** Made on first use: a build that renders no article page (a rebuild with nothing changed) never ranks. */
    private volatile RelatedArticles related;

    public Archive(List<Article> unordered) {
        List<Article> sorted = new ArrayList<>(unordered);
        sorted.sort(ArticleOrder.NEWEST_FIRST);
        this.articles = Collections.unmodifiableList(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            Article a = sorted.get(i);
            position.put(a.slug(), i);
            if (a.date() == null) {
                undated.add(a);
            } else {
                byYearMonth
                        .computeIfAbsent(a.date().getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                        .computeIfAbsent(a.date().getMonthValue(), m -> new ArrayList<>())
                        .add(a);
            }
        }
        this.tags = indexTags(sorted);
        this.people = new People(sorted);
        this.places = new Places(sorted);
        List<QuoteRef> all = new ArrayList<>();
        for (Article a : sorted) {
            a.extraction().quotes().stream()
                    .filter(q -> q.speaker() != null || q.kind() == org.broadsheet.model.QuoteKind.BLOCK)
                    .forEach(q -> all.add(new QuoteRef(a, q)));
        }
        this.quotes = Collections.unmodifiableList(all);
    }

    private static Map<String, TagEntry> indexTags(List<Article> sorted) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Article a : sorted) {
            for (String tag : a.tags()) {
                String slug = Slugs.slugify(tag, "tag");
                names.putIfAbsent(slug, tag);
                List<Article> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != a) {
                    list.add(a);
                }
            }
        }
        Map<String, TagEntry> out = new LinkedHashMap<>();
        bySlug.forEach((slug, list) -> out.put(slug, new TagEntry(slug, names.get(slug), list)));
        return Collections.unmodifiableMap(out);
    }

    /** Newest first, undated last. */
    public List<Article> articles() {
        return articles;
    }

    /** Years with dated articles, newest first, each with its months, newest first. */
    public Map<Integer, TreeMap<Integer, List<Article>>> byYearMonth() {
        return Collections.unmodifiableMap(byYearMonth);
    }

    public List<Article> undated() {
        return Collections.unmodifiableList(undated);
    }

    public Map<String, TagEntry> tags() {
        return tags;
    }

    public People people() {
        return people;
    }

    public Places places() {
        return places;
    }

    /** Attributed quotes and blockquotes across the archive, newest article first, in text order within one. */
    public List<QuoteRef> quotes() {
        return quotes;
    }

    /**
     * Up to five articles that share this one's people, places and event days, the rarest shared first
     * ({@link RelatedArticles}).
     */
    public List<Article> related(Article a) {
        RelatedArticles r = related;
        if (r == null) {
            synchronized (this) {
                if (related == null) {
                    related = new RelatedArticles(articles);
                }
                r = related;
            }
        }
        return r.of(position.get(a.slug()));
    }

    /** The article published just before this one (older), or null. */
    public Article older(Article a) {
        int i = position.get(a.slug());
        return i + 1 < articles.size() && articles.get(i + 1).date() != null && a.date() != null
                ? articles.get(i + 1)
                : null;
    }

    /** The article published just after this one (newer), or null. */
    public Article newer(Article a) {
        int i = position.get(a.slug());
        return i > 0 && a.date() != null ? articles.get(i - 1) : null;
    }
}
