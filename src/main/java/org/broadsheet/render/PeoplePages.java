package org.broadsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.broadsheet.index.People;
import org.broadsheet.index.PersonEntry;
import org.broadsheet.index.QuoteRef;
import org.broadsheet.model.Article;

/** {@code people/}: everyone quoted or mentioned; {@code people/<slug>/}: their quotes and articles. */
public final class PeoplePages {
    private final RenderContext ctx;
    /** Page slugs by name: the histories compare every name of every article that names a person with theirs. */
    private final Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();

    public PeoplePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    private String slug(String name) {
        return slugs.computeIfAbsent(name, People::slugFor);
    }

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(this::index);
        for (PersonEntry p : ctx.archive().people().all().values()) {
            String dir = PagePaths.person(p.slug());
            PersonView person = view(p);
            List<Article> quoted = new ArrayList<>(p.quotes().size());
            StringBuilder quoteKey = new StringBuilder();
            for (QuoteRef q : p.quotes()) {
                quoted.add(q.article());
                quoteKey.append(q.quote().start()).append(',');
            }
            // the first page's history reads the roles of every article naming them
            String quotesKey =
                    RenderContext.articlesKey(quoted) + quoteKey + "|" + RenderContext.articlesKey(p.articles());
            for (RenderContext.ListPage<Article> page : ctx.paginate(dir, p.articles())) {
                tasks.add(() -> {
                    int n = page.pagination().number();
                    String desc = p.name() + (p.role() == null ? "" : ", " + p.role()) + ": "
                            + p.quotes().size() + " quote(s) in " + p.articles().size() + " article(s).";
                    PageView pageView = ctx.pageView(
                            n == 1 ? p.name() : p.name() + " (page " + n + ")", desc, page.dir(), "profile", "people");
                    ctx.pageUnlessUnchanged(
                            page.dir(),
                            "person.ftlh",
                            pageView + "|" + person + "|" + page.pagination() + "|"
                                    + RenderContext.articlesKey(page.items()) + "|" + (n == 1 ? quotesKey : ""),
                            () -> pageView,
                            () -> Map.of(
                                    "person",
                                    person,
                                    "history",
                                    n == 1 ? PersonHistory.of(ctx, p, this::slug) : PersonHistory.NONE,
                                    "quotes",
                                    n == 1 ? quoteViews(ctx, p.quotes()) : List.of(),
                                    "items",
                                    ctx.cards(page.items()),
                                    "pagination",
                                    page.pagination()));
                });
            }
        }
        return tasks;
    }

    private void index() {
        List<PersonEntry> entries = new ArrayList<>(ctx.archive().people().all().values());
        entries.sort(Comparator.comparingInt((PersonEntry p) ->
                        -(p.quotes().size() * 1000 + p.articles().size()))
                .thenComparing(PersonEntry::name, String.CASE_INSENSITIVE_ORDER));
        List<PersonView> people = new ArrayList<>(entries.size());
        List<String> lastQuoted = new ArrayList<>(entries.size());
        for (PersonEntry p : entries) {
            people.add(view(p));
            java.time.LocalDate last = DataRows.lastQuoted(p);
            lastQuoted.add(last == null ? "" : last.toString());
        }
        ctx.page(
                "people/",
                "people.ftlh",
                ctx.pageView(
                        "People",
                        "Everyone quoted in the archive, or named in more than one article.",
                        "people/",
                        "website",
                        "people"),
                Map.of("people", people, "lastQuoted", lastQuoted));
    }

    static PersonView view(PersonEntry p) {
        return new PersonView(
                p.name(),
                p.role(),
                RenderContext.href(PagePaths.person(p.slug())),
                p.quotes().size(),
                p.articles().size(),
                p.mentions());
    }

    static List<QuoteView> quoteViews(RenderContext ctx, List<QuoteRef> refs) {
        List<QuoteView> out = new ArrayList<>(refs.size());
        for (QuoteRef r : refs) {
            String speaker = r.quote().speaker();
            out.add(new QuoteView(
                    QuoteText.of(r.quote()),
                    r.quote().kind().label(),
                    speaker,
                    People.hasPage(r.article(), r.quote())
                            ? RenderContext.href(PagePaths.person(People.slugFor(speaker)))
                            : null,
                    ctx.card(r.article())));
        }
        return out;
    }
}
