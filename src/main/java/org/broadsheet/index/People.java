package org.broadsheet.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;

/**
 * People across the archive. The same normalised full name (case, accents and punctuation folded) on
 * different articles is one person with one page.
 */
public final class People {
    private final Map<String, PersonEntry> bySlug;

    People(List<Article> newestFirst) {
        Map<String, Builder> builders = new TreeMap<>();
        Map<String, String> slugs = new java.util.HashMap<>();
        for (Article a : newestFirst) {
            for (Person p : a.extraction().people()) {
                Builder b = builders.computeIfAbsent(slugs.computeIfAbsent(p.name(), People::slugFor),
                        s -> new Builder(s, p.name()));
                if (b.role == null && p.role() != null) {
                    b.role = p.role();
                }
                // articles come one at a time, so a repeat can only be the last one added
                if (b.articles.isEmpty() || b.articles.get(b.articles.size() - 1) != a) {
                    b.articles.add(a);
                }
                b.mentions += p.mentions().size();
            }
            for (Quote q : a.extraction().quotes()) {
                if (q.speaker() != null) {
                    builders.computeIfAbsent(slugs.computeIfAbsent(q.speaker(), People::slugFor),
                            s -> new Builder(s, q.speaker())).quotes
                            .add(new QuoteRef(a, q));
                }
            }
        }
        Map<String, PersonEntry> out = new LinkedHashMap<>();
        builders.forEach((slug, b) -> out.put(slug, new PersonEntry(slug, b.name, b.role, b.quotes, b.articles, b.mentions)));
        this.bySlug = Collections.unmodifiableMap(out);
    }

    /** The slug of a person's page: their full name, normalised. */
    public static String slugFor(String fullName) {
        String folded = Normalizer.normalize(fullName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Slugs.slugify(folded, "person");
    }

    /** Everyone, by slug (alphabetical). */
    public Map<String, PersonEntry> all() {
        return bySlug;
    }

    public PersonEntry get(String fullName) {
        return bySlug.get(slugFor(fullName));
    }

    private static final class Builder {
        final String slug;
        final String name;
        String role;
        final List<QuoteRef> quotes = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();
        int mentions;

        Builder(String slug, String name) {
            this.slug = slug;
            this.name = name;
        }
    }
}
