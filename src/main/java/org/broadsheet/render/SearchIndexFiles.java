package org.broadsheet.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.index.People;
import org.broadsheet.index.Places;
import org.broadsheet.markdown.RenderedText;
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
        write(() -> {});
    }

    /** As {@link #write()}; {@code checkpoint} runs now and then and may throw to give the work up. */
    public void write(Runnable checkpoint) {
        List<Article> articles = ctx.archive().articles();
        StringBuilder inputs = new StringBuilder();
        for (Article a : articles) {
            inputs.append(a.slug())
                    .append(':')
                    .append(a.contentHash())
                    .append(':')
                    .append(a.date())
                    .append('|');
        }
        // the place names facets show depend on the whole archive
        ctx.archive()
                .places()
                .all()
                .forEach((slug, p) ->
                        inputs.append(p.id()).append('=').append(p.name()).append('|'));
        String key = ctx.key("search-index", inputs.toString());
        if (ctx.output().reuseAll("search/", Set.of("search/index.html"), key)) {
            return;
        }
        // the documents without their text, which is read from each article's file as its words are counted
        List<SearchDocument> docs = new ArrayList<>(articles.size());
        Map<String, Article> byUrl = new HashMap<>(articles.size() * 2);
        for (Article a : articles) {
            if (docs.size() % 256 == 0) {
                checkpoint.run();
            }
            docs.add(document(a, ctx.archive().places()));
            byUrl.put(a.path(), a);
        }
        // the text searched and cut into snippets is what the page shows, not the Markdown source
        new SearchIndexWriter()
                .write(
                        docs,
                        d -> text(byUrl.get(d.url())),
                        (file, bytes) -> ctx.output().write("search/" + file, bytes, key),
                        checkpoint);
    }

    private static String text(Article a) {
        return RenderedText.of(a.body(), a.markdown(), a.frontMatter().title() == null);
    }

    private static SearchDocument document(Article a, Places archivePlaces) {
        Set<String> people = new LinkedHashSet<>();
        for (Person p : a.extraction().people()) {
            people.add(p.name());
        }
        a.extraction().quotes().forEach(q -> {
            if (People.hasPage(a, q)) {
                people.add(q.speaker());
            }
        });
        Set<String> places = new LinkedHashSet<>();
        Set<String> alternates = new LinkedHashSet<>();
        for (PlaceMention p : a.extraction().places()) {
            // facets use the names place pages show; the gazetteer's and the text's forms stay searchable
            String slug = archivePlaces.slugFor(p.id());
            String shown =
                    slug == null ? p.name() : archivePlaces.all().get(slug).name();
            places.add(shown);
            alternates.add(p.name());
            alternates.add(p.text());
        }
        alternates.removeAll(places);
        alternates.removeIf(name -> places.stream().anyMatch(name::equalsIgnoreCase));
        return new SearchDocument(
                a.path(),
                a.title(),
                a.date() == null ? null : a.date().toString(),
                a.summary(),
                "",
                new ArrayList<>(people),
                new ArrayList<>(places),
                new ArrayList<>(alternates));
    }
}
