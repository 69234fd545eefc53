package org.broadsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.broadsheet.index.People;
import org.broadsheet.index.PersonEntry;
import org.broadsheet.index.QuoteRef;

/** {@code people/}: everyone quoted or mentioned; {@code people/<slug>/}: their quotes and articles. */
public final class PeoplePages {
    private final RenderContext ctx;

    public PeoplePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    public List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(this::index);
        for (PersonEntry p : ctx.archive().people().all().values()) {
            String dir = "people/" + p.slug() + "/";
            List<QuoteView> quotes = quoteViews(ctx, p.quotes());
            for (RenderContext.ListPage<ArticleCard> page : ctx.paginate(dir, ctx.cards(p.articles()))) {
                tasks.add(() -> {
                    int n = page.pagination().number();
                    String desc = p.name() + (p.role() == null ? "" : ", " + p.role()) + ": " + p.quotes().size()
                            + " quote(s) in " + p.articles().size() + " article(s).";
                    ctx.page(page.dir(), "person.ftlh",
                            ctx.pageView(n == 1 ? p.name() : p.name() + " (page " + n + ")", desc, page.dir(), "profile", "people"),
                            Map.of("person", view(p), "quotes", n == 1 ? quotes : List.of(), "items", page.items(),
                                    "pagination", page.pagination()));
                });
            }
        }
        return tasks;
    }

    private void index() {
        List<PersonView> people = new ArrayList<>();
        for (PersonEntry p : ctx.archive().people().all().values()) {
            people.add(view(p));
        }
        people.sort(Comparator.comparingInt((PersonView v) -> -(v.quotes() * 1000 + v.articles()))
                .thenComparing(PersonView::name, String.CASE_INSENSITIVE_ORDER));
        ctx.page("people/", "people.ftlh", ctx.pageView("People", "Everyone quoted or mentioned in the archive.",
                "people/", "website", "people"), Map.of("people", people));
    }

    static PersonView view(PersonEntry p) {
        return new PersonView(p.name(), p.role(), RenderContext.href("people/" + p.slug() + "/"), p.quotes().size(),
                p.articles().size(), p.mentions());
    }

    static List<QuoteView> quoteViews(RenderContext ctx, List<QuoteRef> refs) {
        List<QuoteView> out = new ArrayList<>(refs.size());
        for (QuoteRef r : refs) {
            String speaker = r.quote().speaker();
            out.add(new QuoteView(QuoteText.of(r.quote()), r.quote().kind().label(), speaker,
                    speaker == null ? null : RenderContext.href("people/" + People.slugFor(speaker) + "/"),
                    ctx.card(r.article())));
        }
        return out;
    }
}
