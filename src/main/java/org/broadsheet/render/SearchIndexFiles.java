package org.broadsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.model.Article;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.search.SearchDocument;
import org.broadsheet.search.SearchIndexWriter;

/**
 * The search index under {@code search/}: every article with its text, people and places. Written
 * again only when an article changed; otherwise the previous build's files stay.
 */
public final class SearchIndexFiles {
    private final RenderContext ctx;

    public SearchIndexFiles(RenderContext ctx) {
        this.ctx = ctx;
    }

    public void write() {
        List<Article> articles = ctx.archive().articles();
        StringBuilder inputs = new StringBuilder();
        for (Article a : articles) {
            inputs.append(a.slug()).append(':').append(a.contentHash()).append(':').append(a.date()).append('|');
        }
        String key = ctx.key("search-index", inputs.toString());
        if (ctx.output().reuseAll("search/", Set.of("search/index.html"), key)) {
            return;
        }
        List<SearchDocument> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            docs.add(document(a));
        }
        for (Map.Entry<String, byte[]> f : new SearchIndexWriter().write(docs).entrySet()) {
            ctx.output().write("search/" + f.getKey(), f.getValue(), key);
        }
    }

    private static SearchDocument document(Article a) {
        Set<String> people = new LinkedHashSet<>();
        for (Person p : a.extraction().people()) {
            people.add(p.name());
        }
        a.extraction().quotes().forEach(q -> {
            if (q.speaker() != null) {
                people.add(q.speaker());
            }
        });
        Set<String> places = new LinkedHashSet<>();
        Set<String> alternates = new LinkedHashSet<>();
        for (PlaceMention p : a.extraction().places()) {
            places.add(p.name());
            if (!p.text().equalsIgnoreCase(p.name())) {
                alternates.add(p.text());
            }
        }
        alternates.removeAll(places);
        return new SearchDocument(a.path(), a.title(), a.date() == null ? null : a.date().toString(), a.summary(),
                a.body(), new ArrayList<>(people), new ArrayList<>(places), new ArrayList<>(alternates));
    }
}
